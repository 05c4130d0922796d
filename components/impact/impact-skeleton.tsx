/** Holds the report's place while the figures are added up, so the page does not jump. */
export function ImpactSkeleton({ label, cards = 2 }: { label: string; cards?: number }) {
  return (
    <div aria-busy="true" aria-label={label} role="status" className="space-y-4">
      <div className="h-4 w-80 max-w-full animate-pulse rounded bg-slate-200" />
      {Array.from({ length: cards }, (_, i) => (
        <div key={i} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <div className="h-6 w-48 animate-pulse rounded bg-slate-200" />
          <div className="h-8 w-32 animate-pulse rounded bg-slate-200" />
          <div className="h-40 animate-pulse rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
