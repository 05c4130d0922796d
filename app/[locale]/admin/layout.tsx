import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav, type AdminNavLink } from "@/components/admin/admin-nav";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { getAdminSections } from "@/lib/dal/admin-access";
import { orNotFound } from "@/lib/dal/not-found";

/** Administration: platform admins see everything, organization admins their organizations. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireSignedIn("/admin");
  const [sections, t] = await Promise.all([orNotFound(getAdminSections(viewer)), getTranslations("Admin")]);
  const links = [
    { href: "/admin", label: t("overview") },
    sections.users && { href: "/admin/users", label: t("users") },
    { href: "/admin/organizations", label: t("organizations") },
    sections.invitations && { href: "/admin/invitations", label: t("invitations") },
    sections.search && { href: "/admin/search", label: t("searchNav") },
  ].filter((link): link is AdminNavLink => Boolean(link));
  return (
    <div className="space-y-6">
      <AdminNav label={t("sections")} links={links} />
      {children}
    </div>
  );
}
