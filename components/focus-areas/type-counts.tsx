import { useTranslations } from "next-intl";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";

interface Props {
  pathname: string;
  counts: Record<DocumentType, number>;
  selected?: DocumentType;
  /** The other filters, kept when switching type. */
  query: Record<string, string | undefined>;
}

const types: DocumentType[] = ["BEST_PRACTICE", "RESEARCH", "REPORT"];

function Count({ value }: { value: number }) {
  return <span className="rounded-full bg-black/10 px-2 text-xs font-semibold tabular-nums">{value}</span>;
}

/** Counts by type that double as the type filter. */
export function TypeCounts({ pathname, counts, selected, query }: Props) {
  const t = useTranslations();
  const total = types.reduce((sum, type) => sum + counts[type], 0);
  const keep = Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
  const base = "inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium";
  const on = "border-brand-700 bg-brand-700 text-white";
  const off = "border-slate-300 bg-white text-slate-800 hover:border-brand-600";

  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("FocusArea.typeFilter")}>
      <li>
        <Link href={{ pathname, query: keep }} className={`${base} ${selected ? off : on}`} aria-current={selected ? undefined : "true"}>
          {t("FocusArea.allTypes")} <Count value={total} />
        </Link>
      </li>
      {types.map((type) => (
        <li key={type}>
          <Link
            href={{ pathname, query: { ...keep, type } }}
            className={`${base} ${selected === type ? on : off}`}
            aria-current={selected === type ? "true" : undefined}
          >
            {t(`Enums.documentTypePlural.${type}`)} <Count value={counts[type]} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
