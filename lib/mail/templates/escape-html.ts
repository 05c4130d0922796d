// Every value placed into an email's HTML goes through here: names and organization names are
// typed by users, and a URL may carry `"` or `&` that would otherwise break out of an href.
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
