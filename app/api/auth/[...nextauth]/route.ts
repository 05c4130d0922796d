import { handlers } from "@/lib/auth";
import { withPublicOrigin } from "@/lib/auth/public-origin";
import { withBodyLimit } from "@/lib/http/limit-body";

// Auth.js reads whole bodies; its forms (a CSRF token, an email, a callback URL) are small.
const AUTH_BODY_LIMIT = 64 * 1024;

export const GET = withPublicOrigin(handlers.GET);
export const POST = withBodyLimit(withPublicOrigin(handlers.POST), AUTH_BODY_LIMIT);
