import { Prisma } from "@/lib/generated/prisma/client";

/** A write refused by a unique constraint (a slug or checksum another write took first). */
export const isUniqueViolation = (error: unknown): boolean => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
