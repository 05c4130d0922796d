import { Link } from "@/lib/i18n/navigation";
import type { Language } from "@/lib/generated/prisma/enums";
import { tagSearchHref } from "./search-state";

/**
 * A document's tags, each a link to the search filtered by it (readable documents only: the
 * search applies the viewer's permissions, the tag only narrows). Tags are in the document's
 * language, so they are marked with it.
 */
export function TagLinks({ tags, language, label, className = "" }: { tags: string[]; language: Language; label?: string; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className={`flex flex-wrap gap-1.5 ${className}`} lang={language} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={tagSearchHref(tag)}
            className="inline-block max-w-full rounded wrap-anywhere bg-slate-100 px-2 py-0.5 text-xs text-slate-800 underline decoration-slate-400 underline-offset-2 hover:bg-brand-50 hover:text-brand-800"
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
