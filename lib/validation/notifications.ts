import { z } from "zod";
import { idSchema, textCodes } from "./text";

const MAX_PAGE = 500;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The page number from the URL; a hand-edited value that is not one shows the first page. */
export const notificationsPageSchema = z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(1);

/** "Mark as read" on one notification. */
export const markNotificationReadSchema = z.object({
  notificationId: idSchema,
}, textCodes.invalid);

/**
 * "Mark all as read": `shownAt` is when the page was rendered, so a notification that arrived
 * after the reader looked stays unread.
 */
export const markAllNotificationsReadSchema = z.object({
  shownAt: z.iso.datetime({ error: "value_invalid" }).transform((value) => new Date(value)),
}, textCodes.invalid);
