import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { getAdminSections } from "@/lib/dal/admin-access";
import { orNotFound } from "@/lib/dal/not-found";
import { Link } from "@/lib/i18n/navigation";

/** Administration: platform admins see everything, organization admins their organizations. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireSignedIn("/admin");
  const [sections, t] = await Promise.all([orNotFound(getAdminSections(viewer)), getTranslations("Admin")]);
  const links = [
    sections.users && { href: "/admin/users", label: t("users") },
    { href: "/admin/organizations", label: t("organizations") },
    sections.invitations && { href: "/admin/invitations", label: t("invitations") },
    sections.search && { href: "/admin/search", label: t("searchNav") },
  ].filter((link): link is { href: string; label: string } => Boolean(link));
  return (
    <div className="space-y-6">
      <nav aria-label={t("sections")} className="border-b border-slate-200 pb-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          {links.map((link) => (
            <li key={link.href}><Link href={link.href} className="text-brand-700 underline-offset-2 hover:underline">{link.label}</Link></li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
