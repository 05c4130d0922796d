// Type-checks every t("...") key against the English catalog; messages.test.ts checks that
// the Spanish catalog has exactly the same keys and placeholders.
import type messages from "./messages/en/index.ts";
import type { routing } from "./routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
