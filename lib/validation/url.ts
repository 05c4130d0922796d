/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  if (!value || !URL.canParse(value)) return null;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:" ? value : null;
}
