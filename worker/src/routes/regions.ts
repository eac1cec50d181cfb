/** /api/regions?q=: gazetteer search (38 provinces, 514 kabupaten/kota) for the review form. No sign-in needed. */
import { Hono } from 'hono';
import * as v from 'valibot';
import { searchRegions } from '../../../shared/regions/index.ts';
import type { AppEnv } from '../env.ts';
import { validateQuery } from '../middleware/validate.ts';

const RegionQuerySchema = v.object({
  q: v.optional(v.pipe(v.string(), v.maxLength(100)), ''),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,2}$/, 'limit harus angka 1–50'),
      v.transform(Number),
      v.minValue(1, 'limit harus angka 1–50'),
      v.maxValue(50, 'limit harus angka 1–50'),
    ),
  ),
});

export const regions = new Hono<AppEnv>().get('/', validateQuery(RegionQuerySchema), (c) => {
  const { q, limit } = c.req.valid('query');
  const items = searchRegions(q, limit ?? 10).map(({ code, name, kind, province }) => ({
    code,
    name,
    kind,
    province,
  }));
  c.header('Cache-Control', 'public, max-age=3600');
  return c.json({ items }, 200);
});
