// Who may do what with a document: the single statement of the access rules. They are compiled
// in one place (access-condition.ts) into a condition tree, which can() evaluates, the data
// layer renders as query conditions and search as its permission filter; tests check on the
// matrix and the seed data that these agree.
import type { DocumentStatus, PendingState, UserRole, Visibility } from "@/lib/generated/prisma/enums";

export const documentActions = ["view", "edit", "submit", "withdraw", "review", "publish", "archive", "unpublish", "history", "delete", "feedback", "moderate"] as const;
export type DocumentAction = (typeof documentActions)[number];

/** Whom a rule grants the action to. */
export type Subject =
  | "anyone" // anonymous visitors included
  | "member" // any signed-in user whose email is verified
  | "author" // the document's contributor
  | "authorContributor" // the contributor, while their role still allows contributing
  | "orgMember" // a member (or admin) of the owning organization
  | "orgAdmin" // an admin of the owning organization
  | "reviewer" // any reviewer
  | "areaReviewer" // a reviewer of one of the document's focus areas (or of all areas)
  | "admin";

export interface Rule {
  subject: Subject;
  status?: DocumentStatus[];
  visibility?: Visibility[];
  /** Where a published document's unpublished edits stand (NONE for every other document). */
  pending?: PendingState[];
  /** "active": the embargo date is still ahead; "over": no embargo, or it has passed. */
  embargo?: "active" | "over";
  /** The document's own contributor is excluded: nobody reviews their own work. */
  notAuthor?: boolean;
}

export const contributingRoles: readonly UserRole[] = ["CONTRIBUTOR", "REVIEWER", "ADMIN"];

const unpublished: DocumentStatus[] = ["DRAFT", "IN_REVIEW", "REJECTED", "ARCHIVED"];
const editable: DocumentStatus[] = ["DRAFT", "REJECTED", "PUBLISHED"];
const returnable: DocumentStatus[] = ["DRAFT", "REJECTED"];

// Edits of a published document wait for review while the public version stays online.
const editsInReview: Pick<Rule, "status" | "pending"> = { status: ["PUBLISHED"], pending: ["IN_REVIEW"] };
const editsInDraft: Pick<Rule, "status" | "pending"> = { status: ["PUBLISHED"], pending: ["DRAFT"] };
const notInReview: PendingState[] = ["NONE", "DRAFT"];

const reviewDecision: Rule[] = [
  { subject: "areaReviewer", status: ["IN_REVIEW"], notAuthor: true },
  { subject: "areaReviewer", ...editsInReview, notAuthor: true },
  { subject: "admin", status: ["IN_REVIEW"] },
  { subject: "admin", ...editsInReview },
];

const takeDown: Rule[] = [
  { subject: "areaReviewer", status: ["PUBLISHED"] },
  { subject: "orgAdmin", status: ["PUBLISHED"] },
  { subject: "admin", status: ["PUBLISHED"] },
];

export const documentRules: Record<DocumentAction, Rule[]> = {
  view: [
    { subject: "anyone", status: ["PUBLISHED"], visibility: ["PUBLIC"], embargo: "over" },
    { subject: "member", status: ["PUBLISHED"], visibility: ["MEMBERS"], embargo: "over" },
    { subject: "orgMember", status: ["PUBLISHED"], visibility: ["ORGANIZATION"], embargo: "over" },
    { subject: "reviewer", status: ["PUBLISHED"], visibility: ["ORGANIZATION"], embargo: "over" },
    // Under embargo only the owning organization, reviewers and admins (and the author) see it.
    { subject: "orgMember", status: ["PUBLISHED"], embargo: "active" },
    { subject: "reviewer", status: ["PUBLISHED"], embargo: "active" },
    { subject: "author" },
    { subject: "orgAdmin", status: unpublished },
    { subject: "areaReviewer", status: unpublished },
    { subject: "admin" },
  ],
  edit: [
    // While edits are in review they are frozen, so the reviewer decides on what they read.
    { subject: "authorContributor", status: editable, pending: notInReview },
    { subject: "orgAdmin", status: editable, pending: notInReview },
    { subject: "admin" },
  ],
  submit: [
    { subject: "authorContributor", status: returnable },
    { subject: "authorContributor", ...editsInDraft },
    { subject: "orgAdmin", status: returnable },
    { subject: "orgAdmin", ...editsInDraft },
    { subject: "admin", status: returnable },
    { subject: "admin", ...editsInDraft },
  ],
  // Taking a submission back out of review (back to a draft): whoever may submit it.
  withdraw: [
    { subject: "authorContributor", status: ["IN_REVIEW"] },
    { subject: "authorContributor", ...editsInReview },
    { subject: "orgAdmin", status: ["IN_REVIEW"] },
    { subject: "orgAdmin", ...editsInReview },
    { subject: "admin", status: ["IN_REVIEW"] },
    { subject: "admin", ...editsInReview },
  ],
  review: reviewDecision,
  publish: reviewDecision,
  archive: takeDown,
  unpublish: takeDown,
  // Revisions, diffs and pending edits: the people who write, manage or review the document.
  history: [{ subject: "author" }, { subject: "orgAdmin" }, { subject: "areaReviewer" }, { subject: "admin" }],
  delete: [
    { subject: "authorContributor", status: ["DRAFT"] },
    { subject: "orgAdmin", status: ["DRAFT"] },
    { subject: "admin" },
  ],
  // Rating a published document and commenting on it: any verified member who may read it,
  // except its own contributor.
  feedback: [{ subject: "member", status: ["PUBLISHED"], notAuthor: true }],
  // Hiding (and showing again) the comments on a document: those who may take it down.
  moderate: takeDown,
};

/** Actions granted only on documents the viewer may also read: their rules narrow "view". */
export const narrowingView: ReadonlySet<DocumentAction> = new Set(["feedback", "moderate"]);
