/**
 * /api/invites: revoke a link by its code (organisers) and accept one — as a new member with a personal token,
 * or, sent with the caller's own token, as one more cohort of the same member.
 */
import { Hono } from 'hono';
import { AcceptInviteSchema, NewMemberSchema } from '../../../shared/schema/cohort.ts';
import { requireOrganiser } from '../access.ts';
import { sha256Hex } from '../crypto.ts';
import { rowToCohort } from '../db/cohorts.ts';
import { revokeInvite } from '../db/invites.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';
import { message } from '../i18n.ts';
import { acceptInvite, joinAsCaller, openInvite } from '../invite-flow.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { parseOr422, validateJson } from '../middleware/validate.ts';

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
  .post(
    '/:code/accept',
    bodyLimit({ maxBytes: 64 * KiB }),
    auth({ optional: true }),
    validateJson(AcceptInviteSchema),
    async (c) => {
      const db = c.env.DB;
      const { invite, cohort } = await openInvite(db, c.req.param('code'));
      const caller = c.get('caller');
      if (caller) {
        const { outcome, role } = await joinAsCaller(db, invite, caller);
        const joined = outcome === 'joined' || outcome === 'upgraded';
        const body = {
          token: null,
          member: { id: caller.memberId, name: caller.name },
          cohort: rowToCohort(cohort, role),
          role,
          joined,
        };
        return c.json(body, joined ? 201 : 200);
      }
      const { name = '' } = c.req.valid('json');
      if (!name)
        throw new ApiError(422, 'invalid', 'invalid', [
          { path: 'name', message: message('name_required', c.var.lang) },
        ]);
      const { token, member } = await acceptInvite(
        db,
        invite,
        parseOr422(NewMemberSchema, { name }, c.var.lang).name,
      );
      const role = invite.role;
      return c.json({ token, member, cohort: rowToCohort(cohort, role), role, joined: true }, 201);
    },
  );
