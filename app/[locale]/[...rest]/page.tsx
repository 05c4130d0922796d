import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

// The head is rendered before the not-found page replaces this one: name the page for what it is.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Metadata"))("notFoundTitle") };
}

// Any unknown path under /en or /es renders the localized not-found page.
export default function UnknownPage(): never {
  notFound();
}
