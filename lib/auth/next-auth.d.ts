import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** The user's session version when this session was issued (see User.sessionVersion). */
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}
