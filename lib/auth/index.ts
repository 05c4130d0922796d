import "server-only";
import NextAuth from "next-auth";
import { db } from "@/lib/db";
import { loadEnv } from "@/lib/env";
import { buildAuthConfig } from "./config";

// Configured on first use (not at import) so that `next build` needs no secrets or database.
export const { handlers, auth, signIn, signOut } = NextAuth(() => buildAuthConfig(loadEnv(), db));
