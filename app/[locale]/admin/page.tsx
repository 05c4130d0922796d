import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { isAdmin } from "@/lib/policies/administration";

export default async function AdminHome() {
  const [viewer, locale] = await Promise.all([getViewer(), getLocale()]);
  redirect(`/${locale}/admin/${isAdmin(viewer) ? "users" : "organizations"}`);
}
