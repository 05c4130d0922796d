// The part of an Auth.js adapter that Puente uses: email-link tokens and OpenID Connect
// accounts. Sessions are JWTs (checked against the user row on every request, see viewer.ts),
// so no session methods. Emails are stored lowercase, and deactivated users are never returned.
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { Database } from "@/lib/db/client";

type UserRow = { id: string; email: string; name: string | null; image: string | null; emailVerified: Date | null; active: boolean };

const toAdapterUser = (row: UserRow | null): AdapterUser | null =>
  row && row.active ? { id: row.id, email: row.email, name: row.name, image: row.image, emailVerified: row.emailVerified } : null;

const userSelect = { id: true, email: true, name: true, image: true, emailVerified: true, active: true } as const;

export function puenteAdapter(db: Database): Adapter {
  return {
    async createUser(user) {
      const row = await db.user.create({
        data: { email: user.email.toLowerCase(), name: user.name ?? null, image: user.image ?? null, emailVerified: user.emailVerified },
        select: userSelect,
      });
      return toAdapterUser(row)!;
    },
    async getUser(id) {
      return toAdapterUser(await db.user.findUnique({ where: { id }, select: userSelect }));
    },
    async getUserByEmail(email) {
      return toAdapterUser(await db.user.findUnique({ where: { email: email.toLowerCase() }, select: userSelect }));
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: userSelect } },
      });
      return toAdapterUser(account?.user ?? null);
    },
    async updateUser({ id, emailVerified, name, image }) {
      const row = await db.user.update({
        where: { id },
        data: { ...(emailVerified !== undefined && { emailVerified }), ...(name !== undefined && { name }), ...(image !== undefined && { image }) },
        select: userSelect,
      });
      return toAdapterUser(row)!;
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        },
      });
    },
    async createVerificationToken(token) {
      await db.verificationToken.create({ data: { ...token, identifier: token.identifier.toLowerCase() } });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const key = { identifier: identifier.toLowerCase(), token };
      const row = await db.verificationToken.findUnique({ where: { identifier_token: key } });
      // The delete decides: of two clicks at once, only one removes the row and signs in.
      const { count } = await db.verificationToken.deleteMany({ where: key });
      return row && count === 1 ? row : null;
    },
  };
}
