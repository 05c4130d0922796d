// Content-Disposition with the file's real name: an ASCII fallback for old clients and the
// UTF-8 name (RFC 6266 / 5987) for everyone else, so "Informe región.pdf" downloads as such.
export function contentDisposition(fileName: string, type: "inline" | "attachment"): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "download";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
