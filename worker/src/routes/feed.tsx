/**
 * Private Atom feeds: GET/POST /c/:slug/umpan (a member makes, replaces or stops their address for the cohort)
 * and GET /umpan/:key (the feed itself, for a feed reader: the key is the only credential, and it opens nothing
 * once its member has left the cohort or replaced it).
 */
import { Hono } from 'hono';
import { randomCode, sha256Hex } from '../crypto.ts';
import { cohortById } from '../db/cohorts.ts';
import { listClips, rowToClipSummary } from '../db/clips.ts';
import { deleteFeedKey, feedKeyByHash, feedKeyCreatedAt, replaceFeedKey } from '../db/feed-keys.ts';
import { membershipOf } from '../db/memberships.ts';
import type { AppEnv } from '../env.ts';
import { publicOrigin } from '../origin.ts';
import { notFound } from '../errors.ts';
import { cohortAtom } from '../export/atom.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { FeedPage } from '../pages/feed-page.tsx';
import { renderPage } from '../pages/layout.tsx';
import { paths } from '../pages/paths.ts';
import { cohortPage, htmlPage, readForm } from './forms.ts';

/** Entries in a feed: readers poll, so the newest are what matters. */
const FEED_ENTRIES = 100;

export const feeds = new Hono<AppEnv>()
  .get('/c/:slug/umpan', auth({ optional: true }), async (c) => {
    const { caller, cohort } = await cohortPage(c, c.req.param('slug'));
    const since = await feedKeyCreatedAt(c.env.DB, caller.memberId, cohort.id);
    return htmlPage(
      c,
      renderPage(<FeedPage lang={c.var.lang} cohort={cohort} viewer={caller} since={since} />),
    );
  })
  .post('/c/:slug/umpan', bodyLimit({ maxBytes: 16 * KiB }), auth(), async (c) => {
    const { caller, cohort } = await cohortPage(c, c.req.param('slug'));
    const form = await readForm(c);
    if (form.action === 'stop') {
      await deleteFeedKey(c.env.DB, caller.memberId, cohort.id);
      return c.redirect(paths.feedPage(cohort.slug), 303);
    }
    const key = randomCode(24);
    await replaceFeedKey(
      c.env.DB,
      caller.memberId,
      cohort.id,
      await sha256Hex(key),
      new Date().toISOString(),
    );
    const url = `${publicOrigin(c)}${paths.feed(key)}`;
    const page = <FeedPage lang={c.var.lang} cohort={cohort} viewer={caller} since={null} url={url} />;
    return htmlPage(c, renderPage(page));
  })
  .get('/umpan/:key', async (c) => {
    const key = c.req.param('key');
    const found = key.length <= 100 ? await feedKeyByHash(c.env.DB, await sha256Hex(key)) : null;
    const cohort = found && (await cohortById(c.env.DB, found.cohort_id));
    const member =
      found && (found.admin === 1 || (await membershipOf(c.env.DB, found.member_id, found.cohort_id)));
    if (!found || !cohort || !member) throw notFound('feed_not_found');
    const rows = await listClips(c.env.DB, {
      cohortId: cohort.id,
      viewer: { memberId: found.member_id, organiser: found.admin === 1 },
      limit: FEED_ENTRIES,
    });
    const origin = publicOrigin(c);
    const xml = cohortAtom({
      title: `${cohort.name} · Lokus`,
      selfUrl: `${origin}${paths.feed(key)}`,
      listUrl: `${origin}${paths.cohort(cohort.slug)}`,
      clipUrl: (id) => `${origin}${paths.clip(cohort.slug, id)}`,
      clips: rows.map(rowToClipSummary),
    });
    return c.body(xml, 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });
