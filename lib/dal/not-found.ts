import "server-only";
import { notFound } from "next/navigation";
import { isNotFound } from "@/lib/errors";

/** For pages: a NOT_FOUND from the data layer renders the not-found page; anything else propagates. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}
