// Outcomes of workflow steps that the document page announces (?outcome=…); anything else
// in the parameter is ignored. Each is a message key under Forms.
import { z } from "zod";

export const workflowOutcomes = ["submitted", "decision_publish", "decision_request_changes", "decision_reject", "archived", "unpublished", "withdrawn"] as const;
export type WorkflowOutcome = (typeof workflowOutcomes)[number];

export const parseWorkflowOutcome = (value: unknown): WorkflowOutcome | null => z.enum(workflowOutcomes).nullable().catch(null).parse(value ?? null);
