import { getLocale, getTranslations } from "next-intl/server";
import { getDocumentFeedback } from "@/lib/dal/feedback";
import { Link } from "@/lib/i18n/navigation";
import type { Viewer } from "@/lib/policies/viewer";
import { FeedbackComments } from "./feedback-comments";
import { FeedbackForm } from "./feedback-form";

interface Props {
  viewer: Viewer;
  documentId: string;
  slug: string;
}

/** Ratings and comments on a published document, and the viewer's own feedback form. */
export async function FeedbackSection({ viewer, documentId, slug }: Props) {
  const [feedback, t, locale] = await Promise.all([getDocumentFeedback(viewer, documentId), getTranslations("Feedback"), getLocale()]);
  const { summary } = feedback;
  return (
    <section id="feedback" aria-labelledby="feedback-heading" className="space-y-6 border-t border-slate-200 pt-6">
      <div className="space-y-1">
        <h2 id="feedback-heading" className="text-2xl font-bold">{t("heading")}</h2>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      {summary.average !== null ? (
        <p className="text-slate-900">
          <span className="text-2xl font-bold">{t("average", { average: summary.average.toLocaleString(locale) })}</span>{" "}
          <span className="text-sm text-slate-700">{t("averageFrom", { count: summary.count })}</span>
        </p>
      ) : (
        <p className="text-sm text-slate-700">{t("tooFew", { count: summary.count })}</p>
      )}
      {feedback.canGive ? (
        <section aria-labelledby="your-feedback-heading" className="space-y-3 rounded-md border border-slate-200 p-4">
          <h3 id="your-feedback-heading" className="text-lg font-semibold">{t("yourFeedback")}</h3>
          {feedback.own?.hidden && <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("yourHidden")}</p>}
          <FeedbackForm documentId={documentId} own={feedback.own} />
        </section>
      ) : feedback.cannotGive === "sign_in" ? (
        <p className="text-sm text-slate-800">
          {t("signInPrompt")}{" "}
          <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/documents/${slug}#feedback` } }}>{t("signIn")}</Link>
        </p>
      ) : feedback.cannotGive ? (
        <p className="text-sm text-slate-700">{t(feedback.cannotGive === "own_document" ? "ownDocument" : "unverified")}</p>
      ) : null}
      <FeedbackComments comments={feedback.comments} total={feedback.commentCount} canModerate={feedback.canModerate} canReport={feedback.canReport} />
    </section>
  );
}
