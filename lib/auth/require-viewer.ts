import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import type { UserViewer } from "@/lib/policies/viewer";
import { getViewer } from "./viewer";

/** For pages only for signed-in users: visitors go to sign-in and come back here afterwards. */
export async function requireSignedIn(returnPath: string): Promise<UserViewer> {
  const viewer = await getViewer();
  if (viewer.kind === "user") return viewer;
  const locale = await getLocale();
  redirect(`/${locale}/sign-in?${new URLSearchParams({ callbackUrl: `/${locale}${returnPath}` })}`);
}
