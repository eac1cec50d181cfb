/** The worker's bindings and per-request variables, typed once for every route and middleware. */
import type { Lang } from './i18n.ts';

export interface Bindings {
  DB: D1Database;
  /** Secret: signs in the first organiser. Unset means nobody signs in that way. */
  ADMIN_TOKEN?: string;
  /** How long an invite link stays valid, in hours (wrangler.toml [vars]). */
  INVITE_TTL_HOURS?: string;
  /** The origin links are built on, e.g. https://lokus.example.go.id (wrangler.toml [vars]); empty in dev. */
  PUBLIC_ORIGIN?: string;
}

/** Who is calling: a member row, and whether they are the institution's organiser. */
export interface Caller {
  memberId: number;
  name: string;
  organiser: boolean;
  /** Signed in with the ADMIN_TOKEN secret itself (not a personal token). */
  admin: boolean;
  /** Where the credential came from; cookie sessions get a cross-site check on writes. */
  via: 'bearer' | 'cookie';
}

export type AppEnv = {
  Bindings: Bindings;
  Variables: { requestId: string; lang: Lang; caller: Caller };
};
