/**
 * GET /saya (the signed-in person's page), POST /saya/token (a new personal token, the old ones revoked, this
 * browser signed in again with it) and POST /saya/sesi (signed out on every device).
 */
import { Hono, type Context } from 'hono';
import { callerCohorts } from '../access.ts';
import { countMemberSessions, deleteMemberSessions } from '../db/sessions.ts';
import type { AppEnv, Caller } from '../env.ts';
import { unauthorized } from '../errors.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { publicOrigin } from '../origin.ts';
import { AccountPage } from '../pages/account-page.tsx';
import { renderPage } from '../pages/layout.tsx';
import { paths, withQuery } from '../pages/paths.ts';
import { issuePersonalToken } from '../personal-token.ts';
import { clearSessionCookie, openSession } from '../session.ts';
import { htmlPage, readForm } from './forms.ts';

function signedIn(caller: Caller | undefined): Caller {
  if (!caller) throw unauthorized();
  return caller;
}

async function accountPage(c: Context<AppEnv>, caller: Caller, newToken?: string) {
  const [cohorts, sessions] = await Promise.all([
    callerCohorts(c.env.DB, caller),
    countMemberSessions(c.env.DB, caller.memberId, new Date().toISOString()),
  ]);
  const page = (
    <AccountPage
      lang={c.var.lang}
      name={caller.name}
      organiser={caller.organiser}
      admin={caller.admin}
      cohorts={cohorts}
      sessions={sessions}
      newToken={newToken}
      origin={publicOrigin(c)}
    />
  );
  return htmlPage(c, renderPage(page));
}

const form = bodyLimit({ maxBytes: 16 * KiB });

export const account = new Hono<AppEnv>()
  .get(paths.account, auth({ optional: true }), (c) => accountPage(c, signedIn(c.get('caller'))))
  .post(paths.accountToken, form, auth(), async (c) => {
    await readForm(c);
    const { caller } = c.var;
    const { token, tokenHash } = await issuePersonalToken(c.env.DB, caller.memberId);
    // Revoking the old token ended this browser's session with it too: open one on the new token.
    if (caller.via === 'cookie' && !caller.admin)
      await openSession(c, { memberId: caller.memberId, credentialHash: tokenHash, admin: false });
    return accountPage(c, caller, token);
  })
  .post(paths.accountSessions, form, auth(), async (c) => {
    await readForm(c);
    await deleteMemberSessions(c.env.DB, c.var.caller.memberId);
    clearSessionCookie(c);
    return c.redirect(withQuery(paths.signIn, { ok: 'sessionsEnded' }), 303);
  });
