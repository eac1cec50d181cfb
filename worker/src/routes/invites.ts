/** /api/invites: revoke a link (organisers) and accept one (anyone holding the code). */
import { Hono } from 'hono';
import { AcceptInviteSchema } from '../../../shared/schema/cohort.ts';
import { requireOrganiser } from '../access.ts';
import { sha256Hex } from '../crypto.ts';
import { rowToCohort } from '../db/cohorts.ts';
import { revokeInvite } from '../db/invites.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { acceptInvite, openInvite } from '../invite-flow.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { validateJson } from '../middleware/validate.ts';

export const invites = new Hono<AppEnv>()
  .delete('/:code', auth(), async (c) => {
    requireOrganiser(c.var.caller);
    const revoked = await revokeInvite(
      c.env.DB,
      await sha256Hex(c.req.param('code')),
      new Date().toISOString(),
    );
    if (!revoked) throw notFound('invite_not_found');
    return c.json({ revoked: true as const }, 200);
  })
  .post('/:code/accept', bodyLimit({ maxBytes: 64 * KiB }), validateJson(AcceptInviteSchema), async (c) => {
    const { invite, cohort } = await openInvite(c.env.DB, c.req.param('code'));
    const { token, member } = await acceptInvite(c.env.DB, invite, c.req.valid('json').name);
    return c.json({ token, member, cohort: rowToCohort(cohort, invite.role), role: invite.role }, 201);
  });
