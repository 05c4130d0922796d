// When a subscription's next digest is due. Immediate ones are due at once (the job runs every
// few seconds); daily ones at 12:00 UTC (morning in Bogotá and Washington), weekly ones on
// Mondays at 12:00 UTC. A job that was down finds them overdue and sends one digest for all the
// time it missed, then returns to the schedule.
import type { DigestFrequency } from "./targets";

const SEND_HOUR_UTC = 12;
const DAY_MS = 24 * 60 * 60 * 1000;

function nextDailySlot(after: Date): Date {
  const slot = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), SEND_HOUR_UTC));
  return slot.getTime() > after.getTime() ? slot : new Date(slot.getTime() + DAY_MS);
}

/** The first slot strictly after `after`. */
export function nextDueAt(frequency: DigestFrequency, after: Date): Date {
  if (frequency === "IMMEDIATE") return after;
  const daily = nextDailySlot(after);
  if (frequency === "DAILY") return daily;
  // Monday is 1 in getUTCDay.
  const daysToMonday = (8 - daily.getUTCDay()) % 7;
  return new Date(daily.getTime() + daysToMonday * DAY_MS);
}
