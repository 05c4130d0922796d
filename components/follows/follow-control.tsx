import { getTranslations } from "next-intl/server";
import { findFollow } from "@/lib/dal/follows";
import type { FollowTarget } from "@/lib/digests/targets";
import { Link } from "@/lib/i18n/navigation";
import type { Viewer } from "@/lib/policies/viewer";
import { FollowForm } from "./follow-form";

const hidden = (target: FollowTarget): Record<string, string> => {
  const { kind, ...rest } = target;
  return { kind, ...(rest as Record<string, string>) };
};

/** The follow form for members with a confirmed address; a sign-in link for visitors. */
export async function FollowControl({ viewer, target, label, signInPath }: { viewer: Viewer; target: FollowTarget; label: string; signInPath: string }) {
  const t = await getTranslations("Follows");
  if (viewer.kind !== "user") {
    return (
      <p className="text-sm text-slate-700 print:hidden">
        <Link href={{ pathname: "/sign-in", query: { callbackUrl: signInPath } }} className="font-medium text-brand-700 underline">{t("signInToFollow")}</Link>{" "}
        {t("signInToFollowWhy", { what: label })}
      </p>
    );
  }
  if (!viewer.verified) return <p className="text-sm text-slate-700">{t("confirmToFollow")}</p>;
  return <FollowForm target={hidden(target)} label={label} following={await findFollow(viewer, target)} />;
}
