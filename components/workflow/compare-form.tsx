import { useTranslations } from "next-intl";

const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

/** Picks the two revisions to compare; a plain GET form, so it works without JavaScript. */
export function CompareForm({ numbers, from, to }: { numbers: number[]; from: number; to: number }) {
  const t = useTranslations("Workflow");
  const options = numbers.map((n) => <option key={n} value={n}>{t("revision", { number: n })}</option>);
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="compare-from" className="block text-sm font-medium">{t("compareFrom")}</label>
        <select id="compare-from" name="from" defaultValue={from} className={selectClass}>{options}</select>
      </div>
      <div className="space-y-1">
        <label htmlFor="compare-to" className="block text-sm font-medium">{t("compareTo")}</label>
        <select id="compare-to" name="to" defaultValue={to} className={selectClass}>{options}</select>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600">
        {t("compare")}
      </button>
    </form>
  );
}
