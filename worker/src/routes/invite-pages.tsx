/**
 * /i/:code in the browser: a new person writes their name and gets a session (widyaiswara also see their
 * personal token); someone signed in joins as themselves, or is told they are in already.
 */
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { NewMemberSchema } from '../../../shared/schema/cohort.ts';
import { cohortWithRole } from '../db/cohorts.ts';
import type { AppEnv } from '../env.ts';
import { publicOrigin } from '../origin.ts';
import { orThrow } from '../errors.ts';
import { acceptInvite, joinAsCaller, openInvite } from '../invite-flow.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { InvitePage, TokenPage, type InvitePageProps } from '../pages/invite-page.tsx';
import { renderPage } from '../pages/layout.tsx';
import { paths, withQuery } from '../pages/paths.ts';
import { openSession } from '../session.ts';
import { htmlPage, readForm } from './forms.ts';

async function invitePage(c: Context<AppEnv>, code: string, extra: Partial<InvitePageProps> = {}) {
  const caller = c.get('caller');
  const { invite, cohort } = orThrow(await openInvite(c.env.DB, code, caller));
  const currentRole = caller ? ((await cohortWithRole(c.env.DB, cohort.id, caller))?.role ?? null) : null;
  // A participant opening a widyaiswara link of their own cohort may still take it up.
  const settled = currentRole && !(currentRole === 'participant' && invite.role === 'widyaiswara');
  const props: InvitePageProps = {
    lang: c.var.lang,
    cohort,
    role: invite.role,
    expiresAt: invite.expires_at,
    action: paths.invite(code),
    viewer: caller ?? null,
    currentRole: settled ? currentRole : null,
    ...extra,
  };
  return renderPage(<InvitePage {...props} />);
}

export const invitePages = new Hono<AppEnv>()
  .get('/i/:code', rateLimit('INVITE_LIMITER'), auth({ optional: true }), async (c) =>
    htmlPage(c, await invitePage(c, c.req.param('code'))),
  )
  .post(
    '/i/:code',
    rateLimit('INVITE_LIMITER'),
    bodyLimit({ maxBytes: 16 * KiB }),
    auth({ optional: true }),
    async (c) => {
      const form = await readForm(c);
      const code = c.req.param('code');
      const caller = c.get('caller');
      const { invite, cohort } = orThrow(await openInvite(c.env.DB, code, caller));
      if (caller) {
        orThrow(await joinAsCaller(c.env.DB, invite, caller));
        return c.redirect(withQuery(paths.cohort(cohort.slug), { ok: 'joined' }), 303);
      }
      const parsed = v.safeParse(NewMemberSchema, { name: form.name ?? '' }, { lang: c.var.lang });
      if (!parsed.success)
        return htmlPage(
          c,
          await invitePage(c, code, { name: form.name, error: parsed.issues[0].message }),
          422,
        );
      const { token, member, grant } = orThrow(await acceptInvite(c.env.DB, invite, parsed.output.name));
      await openSession(c, grant);
      if (invite.role === 'widyaiswara') {
        const origin = publicOrigin(c);
        const page = (
          <TokenPage lang={c.var.lang} cohort={cohort} name={member.name} token={token} origin={origin} />
        );
        return htmlPage(c, renderPage(page));
      }
      return c.redirect(paths.cohort(cohort.slug), 303);
    },
  );
