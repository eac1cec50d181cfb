/** /api/lookup?url=: the caller's cohorts that already hold this article (the extension's "already clipped"). */
import { Hono } from 'hono';
import * as v from 'valibot';
import { tryCanonicalUrl } from '../../../shared/url.ts';
import { lookupStatement, type LookupRow } from '../db/clips.ts';
import type { AppEnv } from '../env.ts';
import { refusal, refuse } from '../errors.ts';
import { message } from '../i18n.ts';
import { batchAsCaller } from '../middleware/auth.ts';
import { validateQuery } from '../middleware/validate.ts';

const LookupQuerySchema = v.object({
  url: v.pipe(v.string('url wajib diisi'), v.minLength(1, 'url wajib diisi'), v.maxLength(2048)),
});

export const lookup = new Hono<AppEnv>().get('/', validateQuery(LookupQuerySchema), async (c) => {
  const canonical = tryCanonicalUrl(c.req.valid('query').url);
  if (!canonical)
    return refuse(
      c,
      refusal(422, 'invalid', 'bad_url', [{ path: 'url', message: message('bad_url', c.var.lang) }]),
    );
  const { results } = await batchAsCaller(c, (viewer) => [lookupStatement(c.env.DB, canonical, viewer)]);
  const items = (results[0]!.results as LookupRow[]).map((row) => ({
    cohortId: row.cohort_id,
    cohortName: row.cohort_name,
    slug: row.slug,
    clipId: row.clip_id,
  }));
  return c.json({ items }, 200);
});
