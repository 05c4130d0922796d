import { Fragment } from "react";
import { httpUrlOrNull } from "@/lib/validation/url";

/** Plain text with its http(s) URLs turned into links (everything else stays text). */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"']+)/g);
  return (
    <>
      {parts.map((part, index) => {
        const url = index % 2 === 1 ? httpUrlOrNull(part) : null;
        return url ? (
          <a key={index} href={url} className="break-all text-brand-700 underline">{url}</a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        );
      })}
    </>
  );
}
