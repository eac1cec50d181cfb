/** GET /saya (the signed-in person's page) and POST /saya/token (a new personal token, the old ones revoked). */
import { Hono } from 'hono';
import { callerCohorts } from '../access.ts';
import type { AppEnv, Caller } from '../env.ts';
import { publicOrigin } from '../origin.ts';
import { unauthorized } from '../errors.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { AccountPage } from '../pages/account-page.tsx';
import { renderPage } from '../pages/layout.tsx';
import { paths } from '../pages/paths.ts';
import { issuePersonalToken } from '../personal-token.ts';
import { setSessionCookie } from '../session.ts';
import { htmlPage, readForm } from './forms.ts';

function signedIn(caller: Caller | undefined): Caller {
  if (!caller) throw unauthorized();
  return caller;
}

export const account = new Hono<AppEnv>()
  .get(paths.account, auth({ optional: true }), async (c) => {
    const caller = signedIn(c.get('caller'));
    const cohorts = await callerCohorts(c.env.DB, caller);
    const page = (
      <AccountPage
        lang={c.var.lang}
        name={caller.name}
        organiser={caller.organiser}
        admin={caller.admin}
        cohorts={cohorts}
        origin={publicOrigin(c)}
      />
    );
    return htmlPage(c, renderPage(page));
  })
  .post(paths.accountToken, bodyLimit({ maxBytes: 16 * KiB }), auth(), async (c) => {
    await readForm(c);
    const { caller } = c.var;
    const token = await issuePersonalToken(c.env.DB, caller.memberId);
    // The browser signed in with the old personal token would be signed out by its own revocation.
    if (caller.via === 'cookie' && !caller.admin) setSessionCookie(c, token);
    const cohorts = await callerCohorts(c.env.DB, caller);
    const page = (
      <AccountPage
        lang={c.var.lang}
        name={caller.name}
        organiser={caller.organiser}
        admin={caller.admin}
        cohorts={cohorts}
        newToken={token}
        origin={publicOrigin(c)}
      />
    );
    return htmlPage(c, renderPage(page));
  });
