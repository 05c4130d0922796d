/** Holds the feedback's place while it loads, so the page does not jump when it arrives. */
export function FeedbackSkeleton({ label }: { label: string }) {
  return (
    <section aria-busy="true" aria-label={label} className="space-y-4 border-t border-slate-200 pt-6">
      <div className="h-7 w-40 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-72 max-w-full animate-pulse rounded bg-slate-200" />
      <div className="h-24 animate-pulse rounded bg-slate-100" />
    </section>
  );
}
