#!/bin/sh
# Stand-in for Prisma's native schema-engine, which cannot be downloaded offline.
# `prisma generate` only needs the path to exist; migrations run through the WASM engine
# (npm run db:migrate). Where the native engine is installed, unset PRISMA_SCHEMA_ENGINE_BINARY.
echo "Prisma's native schema engine is not installed here: use npm run db:migrate / db:migration" >&2
exit 1
