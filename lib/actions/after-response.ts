import "server-only";
import { after } from "next/server";
import type { AfterResponse } from "@/lib/auth/registration";

/**
 * Runs work once the answer has been sent (Next's after()), so its duration, and whether there
 * was any, cannot be read from the response time. Nobody is waiting for it: a failure is logged.
 */
export function runAfterResponse(work: AfterResponse, what: string): void {
  after(async () => {
    try {
      await work();
    } catch (error) {
      console.error(`${what}: the work after the answer failed:`, error);
    }
  });
}
