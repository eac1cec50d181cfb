/** /api/me: who the token signs in, and their cohorts (active ones; `?archived=1` adds the archived). */
import { Hono } from 'hono';
import { listAllCohorts, listMemberCohorts } from '../db/cohorts.ts';
import type { AppEnv } from '../env.ts';

export const me = new Hono<AppEnv>().get('/', async (c) => {
  const { caller } = c.var;
  const archived = c.req.query('archived') === '1';
  const memberships = caller.organiser
    ? (await listAllCohorts(c.env.DB, { archived })).map((row) => ({ ...row, role: 'organiser' as const }))
    : await listMemberCohorts(c.env.DB, caller.memberId, { archived });
  return c.json(
    {
      id: caller.memberId,
      name: caller.name,
      role: caller.organiser ? ('organiser' as const) : ('member' as const),
      memberships: memberships.map((row) => ({
        cohortId: row.id,
        cohortName: row.name,
        slug: row.slug,
        role: row.role,
        archived: row.archived_at !== null,
      })),
    },
    200,
  );
});
