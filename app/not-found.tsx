import Link from "next/link";
import "./globals.css";

// Paths outside /en and /es that the proxy does not redirect (rare): a bilingual page.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="font-sans">
        <main className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
          <h1 className="text-3xl font-bold">Page not found</h1>
          <p lang="es" className="text-xl">Página no encontrada</p>
          <p>
            <Link href="/en" className="text-brand-700 underline">Puente (English)</Link>
            {" · "}
            <Link href="/es" lang="es" className="text-brand-700 underline">Puente (español)</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
