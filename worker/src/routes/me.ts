/** /api/me: who the token signs in, and their cohorts. */
import { Hono } from 'hono';
import { listAllCohorts, listMemberCohorts } from '../db/cohorts.ts';
import type { AppEnv } from '../env.ts';

export const me = new Hono<AppEnv>().get('/', async (c) => {
  const { caller } = c.var;
  const memberships = caller.organiser
    ? (await listAllCohorts(c.env.DB)).map((row) => ({ ...row, role: 'organiser' as const }))
    : await listMemberCohorts(c.env.DB, caller.memberId);
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
      })),
    },
    200,
  );
});
