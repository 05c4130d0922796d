import type { DocumentCard, Page } from "@/lib/dal/documents";
import { DocumentGrid } from "./document-card";

interface Props {
  page: Page<DocumentCard>;
  /** The message when nothing matches; filtered lists also suggest clearing the filters. */
  emptyMessage: string;
  emptyHint?: string;
}

/** A page of document cards, or the empty state (a page past the last one shows the last one). */
export function DocumentResults({ page, emptyMessage, emptyHint }: Props) {
  if (page.items.length > 0) return <DocumentGrid documents={page.items} />;
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
      <p className="font-medium">{emptyMessage}</p>
      {emptyHint && <p className="mt-1 text-sm">{emptyHint}</p>}
    </div>
  );
}
