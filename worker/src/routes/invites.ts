/**
 * /api/invites: revoke a link by its code (organisers) and accept one — as a new member with a personal token,
 * or, sent with the caller's own token, as one more cohort of the same member.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { AcceptInviteSchema, NewMemberSchema } from '../../../shared/schema/cohort.ts';
import { organiserOnly } from '../access.ts';
import { sha256Hex } from '../crypto.ts';
import { rowToCohort } from '../db/cohorts.ts';
import { revokeInvite } from '../db/invites.ts';
import type { AppEnv } from '../env.ts';
import { isRefusal, refusal, refuse } from '../errors.ts';
import { message } from '../i18n.ts';
import { acceptInvite, joinAsCaller, openInvite } from '../invite-flow.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { fieldIssues, validateJson } from '../middleware/validate.ts';

export const invites = new Hono<AppEnv>()
  .delete('/:code', auth(), async (c) => {
    const denied = organiserOnly(c.var.caller);
    if (denied) return refuse(c, denied);
    const revoked = await revokeInvite(
      c.env.DB,
      await sha256Hex(c.req.param('code')),
      new Date().toISOString(),
    );
    if (!revoked) return refuse(c, refusal(404, 'not_found', 'invite_not_found'));
    return c.json({ revoked: true as const }, 200);
  })
  .post(
    '/:code/accept',
    rateLimit('INVITE_LIMITER'),
    bodyLimit({ maxBytes: 64 * KiB }),
    auth({ optional: true }),
    validateJson(AcceptInviteSchema),
    async (c) => {
      const db = c.env.DB;
      const caller = c.get('caller');
      const opened = await openInvite(db, c.req.param('code'), caller);
      if (isRefusal(opened)) return refuse(c, opened);
      const { invite, cohort } = opened;
      if (caller) {
        const joined = await joinAsCaller(db, invite, caller);
        if (isRefusal(joined)) return refuse(c, joined);
        const isNew = joined.outcome === 'joined' || joined.outcome === 'upgraded';
        const body = {
          token: null,
          member: { id: caller.memberId, name: caller.name },
          cohort: rowToCohort(cohort, joined.role),
          role: joined.role,
          joined: isNew,
        };
        return c.json(body, isNew ? 201 : 200);
      }
      const { name = '' } = c.req.valid('json');
      const checked = v.safeParse(NewMemberSchema, { name }, { lang: c.var.lang });
      if (!checked.success)
        return refuse(
          c,
          refusal(
            422,
            'invalid',
            'invalid',
            name
              ? fieldIssues(checked.issues)
              : [{ path: 'name', message: message('name_required', c.var.lang) }],
          ),
        );
      const accepted = await acceptInvite(db, invite, checked.output.name);
      if (isRefusal(accepted)) return refuse(c, accepted);
      const { token, member } = accepted;
      const role = invite.role;
      return c.json({ token, member, cohort: rowToCohort(cohort, role), role, joined: true }, 201);
    },
  );
