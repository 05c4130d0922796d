// The free-text fields of a zod object schema, read from its shape, so a test that must cover
// "every text field" follows the schemas instead of a hand-kept list.
import type { z } from "zod";

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema a value finally meets: wrappers (optional, default, catch), preprocessing and pipes removed. */
function leaf(schema: z.ZodType): Def {
  const def = defOf(schema);
  if (def.innerType) return leaf(def.innerType);
  if (def.type === "pipe") return defOf(def.in!).type === "transform" ? leaf(def.out!) : leaf(def.in!);
  return def;
}

/**
 * Field names (as forms name them) whose values are typed text: strings, lists of strings
 * (`tags`), and the text cells of rows (`metrics.0.label`). Choices (enums) and numbers are not.
 */
export function textFields(schema: z.ZodType, prefix = ""): string[] {
  const def = leaf(schema);
  if (def.type !== "object") throw new Error("textFields needs an object schema");
  return Object.entries(def.shape!).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const value = leaf(field);
    if (value.type === "string") return [name];
    if (value.type === "array") {
      const item = leaf(value.element!);
      if (item.type === "string") return [name];
      if (item.type === "object") return textFields(value.element!, `${name}.0.`);
    }
    return [];
  });
}

/** The fields (of an object schema) that take a list of strings, like `tags`. */
export function listFields(schema: z.ZodType): string[] {
  return Object.entries(leaf(schema).shape ?? {})
    .filter(([, field]) => {
      const value = leaf(field);
      return value.type === "array" && leaf(value.element!).type === "string";
    })
    .map(([key]) => key);
}

/** Whether `schema` is a zod object schema (possibly refined or wrapped). */
export function isObjectSchema(value: unknown): value is z.ZodType {
  if (typeof value !== "object" || value === null || !("_zod" in value)) return false;
  return leaf(value as z.ZodType).type === "object";
}
