# syntax=docker/dockerfile:1
# Puente's production image. UNVERIFIED: Docker cannot run on the machines this was written on.
# scripts/deploy-files.test.ts keeps it consistent with the code (stages, user, paths, health
# check, command); the first real `docker build` is its first real test.
#
# It runs what `npm start` runs everywhere else (scripts/start.ts: migrations under an advisory
# lock, then the web server of scripts/serve.ts), not Next.js's standalone server.js: that
# server would bypass serve.ts, which sets the forwarding headers from the socket before Next.js
# reads them (per-IP rate limits behind the proxy) and drains requests on SIGTERM.

ARG NODE_IMAGE=node:20.20-bookworm-slim

# Build: every dependency, the production build (headers baked for PUENTE_ENV=production), then
# only the production dependencies are kept.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 PUENTE_ENV=production
COPY . .
RUN npm ci --no-audit --no-fund \
 && node --import tsx scripts/build.ts \
 && npm prune --omit=dev --no-audit --no-fund

# Runtime: a non-root user; pg_dump/pg_restore for `npm run backup` against the server.
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system puente \
 && useradd --system --gid puente --home-dir /app --shell /usr/sbin/nologin puente
WORKDIR /app
ENV NODE_ENV=production PUENTE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000 SEED_DEMO_CONTENT=never
# The whole built app: .next (with its build fingerprint, so start does not rebuild),
# prisma/migrations, and node_modules with @prisma/schema-engine-wasm (migrations at start).
COPY --from=build --chown=puente:puente /app /app
USER puente
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly, not npm: npm does not pass SIGTERM on to its children.
CMD ["node", "--import", "tsx", "scripts/start.ts"]
