import { getFormatter, getTranslations } from "next-intl/server";
import { COMMENTS_SHOWN, type FeedbackComment } from "@/lib/dal/feedback";
import { ModerationControls, ReportControl } from "./comment-actions";

interface Props {
  comments: FeedbackComment[];
  total: number;
  canModerate: boolean;
  canReport: boolean;
}

/** The comments a viewer may see, newest first, with the controls their role allows. */
export async function FeedbackComments({ comments, total, canModerate, canReport }: Props) {
  const [t, format] = await Promise.all([getTranslations("Feedback"), getFormatter()]);
  return (
    <section aria-labelledby="feedback-comments-heading" className="space-y-3">
      <h3 id="feedback-comments-heading" className="text-lg font-semibold">{t("commentsHeading", { count: total })}</h3>
      {comments.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noComments")}</p>
      ) : (
        <ol className="space-y-3">
          {comments.map((c) => (
            <li key={c.id} className={`space-y-2 rounded-md border p-3 ${c.hidden ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}>
              <p className="text-sm text-slate-700">
                <span className="font-semibold text-slate-900">{c.author?.name ?? t("formerMember")}</span>
                {c.own && ` (${t("you")})`}
                {c.author && c.author.organizations.length > 0 && ` · ${c.author.organizations.join(", ")}`}
                {" · "}
                <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: "medium" })}</time>
                {c.edited && ` · ${t("edited")}`}
              </p>
              <p className="text-sm font-medium text-slate-800">{t("rated", { rating: c.rating })}</p>
              <p className="text-sm whitespace-pre-line wrap-anywhere text-slate-900">{c.comment}</p>
              {c.hidden && (
                <p className="text-sm text-amber-950">
                  <strong>{t("hiddenLabel")}</strong>
                  {c.hidden.reason && ` · ${t("hiddenReason", { reason: c.hidden.reason })}`}
                </p>
              )}
              {c.reports !== null && c.reports > 0 && <p className="text-sm text-red-800">{t("reportCount", { count: c.reports })}</p>}
              <div className="flex flex-col gap-2">
                {canModerate && <ModerationControls feedbackId={c.id} hidden={c.hidden !== null} />}
                {canReport && !c.own && !c.hidden && <ReportControl feedbackId={c.id} reported={c.reportedByViewer} />}
              </div>
            </li>
          ))}
        </ol>
      )}
      {total > COMMENTS_SHOWN && <p className="text-sm text-slate-700">{t("moreComments", { shown: COMMENTS_SHOWN })}</p>}
    </section>
  );
}
