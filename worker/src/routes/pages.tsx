/**
 * Server-rendered pages: /c/:slug (a cohort's reading list, signed in by cookie or bearer) and /i/:code
 * (accepting an invite in the browser, which sets the session cookie). No scripts: forms do the writes.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { AcceptInviteSchema } from '../../../shared/schema/cohort.ts';
import { roleIn } from '../access.ts';
import { clipById, listClips, rowToClipSummary } from '../db/clips.ts';
import { cohortBySlug } from '../db/cohorts.ts';
import { markRead, markUnread } from '../db/read-marks.ts';
import type { AppEnv } from '../env.ts';
import { forbidden, notFound } from '../errors.ts';
import { langFromQuery, type Lang } from '../i18n.ts';
import { acceptInvite, openInvite } from '../invite-flow.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { InvitePage, TokenPage } from '../pages/invite-page.tsx';
import { renderPage } from '../pages/layout.tsx';
import { MessagePage } from '../pages/message-page.tsx';
import { ReadingPage } from '../pages/reading-page.tsx';
import { pageStrings } from '../pages/strings.ts';
import { setSessionCookie, signInHref } from '../session.ts';
import { formString, htmlPage as html, requireSameOrigin } from './forms.ts';

/** The most clips one page shows; a cohort's study visits stay far below it. */
const PAGE_CLIPS = 500;

export const pages = new Hono<AppEnv>()
  .get('/c/:slug', auth({ optional: true }), async (c) => {
    const lang = langFromQuery(c.req.query('lang'));
    const p = pageStrings(lang);
    const cohort = await cohortBySlug(c.env.DB, c.req.param('slug'));
    if (!cohort) throw notFound('cohort_not_found');
    const caller = c.get('caller');
    if (!caller)
      return html(
        c,
        renderPage(
          <MessagePage
            lang={lang}
            title={p.signInTitle}
            message={p.signInHelp}
            link={{
              href: signInHref(`/c/${cohort.slug}${lang === 'en' ? '?lang=en' : ''}`, lang),
              text: p.signInWithToken,
            }}
          />,
        ),
        401,
      );
    if (!(await roleIn(c.env.DB, caller, cohort.id))) throw forbidden('not_in_cohort');
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const rows = await listClips(c.env.DB, {
      cohortId: cohort.id,
      viewerId: caller.memberId,
      q,
      limit: PAGE_CLIPS,
    });
    const page = (
      <ReadingPage
        lang={lang}
        cohort={cohort}
        clips={rows.map(rowToClipSummary)}
        q={q}
        member={true}
        viewerName={caller.name}
      />
    );
    return html(c, renderPage(page));
  })
  .post('/c/:slug/read/:clipId', bodyLimit({ maxBytes: 16 * KiB }), auth(), async (c) => {
    requireSameOrigin(c);
    const { caller } = c.var;
    const cohort = await cohortBySlug(c.env.DB, c.req.param('slug'));
    const clipId = Number(c.req.param('clipId'));
    const clip =
      cohort && Number.isSafeInteger(clipId) ? await clipById(c.env.DB, clipId, caller.memberId) : null;
    if (!cohort || !clip || clip.cohort_id !== cohort.id) throw notFound('clip_not_found');
    if (!(await roleIn(c.env.DB, caller, cohort.id))) throw forbidden('not_in_cohort');
    const form = await c.req.parseBody();
    if (formString(form.read) === '0') await markUnread(c.env.DB, caller.memberId, clip.id);
    else await markRead(c.env.DB, caller.memberId, clip.id, new Date().toISOString());
    const back = new URLSearchParams();
    const q = formString(form.q).trim().slice(0, 200);
    if (q) back.set('q', q);
    if (formString(form.lang) === 'en') back.set('lang', 'en');
    const query = back.toString();
    return c.redirect(
      `/c/${encodeURIComponent(cohort.slug)}${query ? `?${query}` : ''}#clip-${clip.id}`,
      303,
    );
  })
  .get('/i/:code', async (c) => {
    const lang = langFromQuery(c.req.query('lang'));
    const { invite, cohort } = await openInvite(c.env.DB, c.req.param('code'));
    const action = `/i/${encodeURIComponent(c.req.param('code'))}`;
    return html(
      c,
      renderPage(
        <InvitePage
          lang={lang}
          cohort={cohort}
          role={invite.role}
          expiresAt={invite.expires_at}
          action={action}
        />,
      ),
    );
  })
  .post('/i/:code', bodyLimit({ maxBytes: 16 * KiB }), async (c) => {
    requireSameOrigin(c);
    const code = c.req.param('code');
    const form = await c.req.parseBody();
    const lang: Lang = langFromQuery(formString(form.lang) || c.req.query('lang'));
    const { invite, cohort } = await openInvite(c.env.DB, code);
    const parsed = v.safeParse(AcceptInviteSchema, { name: formString(form.name) });
    if (!parsed.success) {
      const page = (
        <InvitePage
          lang={lang}
          cohort={cohort}
          role={invite.role}
          expiresAt={invite.expires_at}
          action={`/i/${encodeURIComponent(code)}`}
          name={formString(form.name)}
          error={parsed.issues[0].message}
        />
      );
      return html(c, renderPage(page), 422);
    }
    const { token, member } = await acceptInvite(c.env.DB, invite, parsed.output.name);
    const url = new URL(c.req.url);
    setSessionCookie(c, token);
    if (invite.role === 'widyaiswara') {
      const page = (
        <TokenPage lang={lang} cohort={cohort} name={member.name} token={token} origin={url.origin} />
      );
      return html(c, renderPage(page));
    }
    return c.redirect(`/c/${encodeURIComponent(cohort.slug)}${lang === 'en' ? '?lang=en' : ''}`, 303);
  });
