// Names of new migrations. The folder name is `<UTC YYYYMMDDHHMMSS>_<name>` like Prisma Migrate's,
// so `prisma migrate deploy` and the WASM runner order them identically.
import { z } from "zod";

export const migrationNameSchema = z
  .string()
  .trim()
  .min(1, "a migration name is required, e.g. add_document_search")
  .max(80, "keep the migration name under 80 characters")
  .regex(
    /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/,
    "use lowercase letters and digits separated by single _ or - (e.g. add_document_search)",
  );

export type MigrationNameResult = { ok: true; name: string } | { ok: false; error: string };

export function parseMigrationName(input: unknown): MigrationNameResult {
  const result = migrationNameSchema.safeParse(input);
  if (result.success) return { ok: true, name: result.data };
  return { ok: false, error: result.error.issues.map((issue) => issue.message).join("; ") };
}

/** UTC so that folders created on machines in different time zones still sort in creation order. */
export function migrationTimestamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return (
    String(date.getUTCFullYear()) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

export function migrationFolderName(name: string, date: Date): string {
  return `${migrationTimestamp(date)}_${name}`;
}
