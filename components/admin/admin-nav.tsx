"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export interface AdminNavLink {
  href: string;
  label: string;
}

/** The administration's sections; the one the page belongs to is marked (aria-current). */
export function AdminNav({ label, links }: { label: string; links: AdminNavLink[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-4 text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current(link.href) ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-1 pt-1 pb-2.5 text-brand-700 underline-offset-2 hover:underline aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold aria-[current=page]:text-slate-900"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
