/// <reference path="../worker-configuration.d.ts" />
/** The worker's bindings and per-request variables, typed once for every route and middleware. */
import type { Lang } from './i18n.ts';

/**
 * The bindings wrangler.toml declares (D1, the rate limiters, [vars], the ADMIN_TOKEN secret), as
 * `npm run types` generates them into ../worker-configuration.d.ts; `npm test` checks they are current.
 */
type Bindings = Env;

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
  Variables: {
    requestId: string;
    lang: Lang;
    caller: Caller;
    /** A bearer token auth left to the route's own batch (middleware/auth.ts `inBatch`): its SHA-256 hash. */
    pendingToken?: string;
    /** A session cookie auth left to the page's own query (middleware/auth.ts `sessionInPage`): the session id. */
    pendingSession?: string;
  };
};
