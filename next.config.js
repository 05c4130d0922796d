import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Only a production installation is certainly served over HTTPS (HSTS below). Next.js
// evaluates headers() at BUILD time (into .next/routes-manifest.json): build with the same
// PUENTE_ENV as the server runs with.
// eslint-disable-next-line no-restricted-properties -- next.config.js is plain JS loaded by Next before the app; it cannot import lib/env.ts (TypeScript)
const production = process.env.PUENTE_ENV === "production";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-side packages that must not be bundled (native/WASM or large Node-only code).
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "unpdf"],
  // Types are checked by `npm run typecheck` (part of `npm test` and CI) over the whole
  // project, tests included; the build skips it so that `npm start` is ready sooner.
  typescript: { ignoreBuildErrors: true },
  // Static headers for every response, API routes included. The Content-Security-Policy,
  // which needs a fresh nonce per request, is set by proxy.ts on pages.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
