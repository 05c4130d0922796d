import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Publication dates are calendar dates stored at UTC midnight: format them in UTC so a
    // reader west of Greenwich does not see the day before.
    timeZone: "UTC",
    messages: (await import(`./messages/${locale}/index.ts`)).default,
  };
});
