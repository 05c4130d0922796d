/** Who is asking. Every data-access function takes it first and scopes its query by it. */
export type Viewer = { kind: "anonymous" };

export const anonymousViewer: Viewer = { kind: "anonymous" };
