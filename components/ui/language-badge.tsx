import { useTranslations } from "next-intl";
import { Badge } from "./badge";

/**
 * The one way a document's language is marked (cards, search results, the document page): the
 * language's name, in the interface's language, heard as "Language: Spanish".
 */
export function LanguageBadge({ language }: { language: string }) {
  const t = useTranslations();
  const name = language === "en" || language === "es" ? t(`Enums.language.${language}`) : language;
  return (
    <Badge tone="accent">
      <span className="sr-only">{t("Document.language")}: </span>
      {name}
    </Badge>
  );
}
