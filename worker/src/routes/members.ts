/**
 * A cohort's people and links, mounted at /api/cohorts: its members (organisers and its widyaiswara see them,
 * organisers remove them) and its invite links (organisers make and revoke them; widyaiswara see the
 * participant links they may share). Participants get 403 here.
 */
import { Hono } from 'hono';
import { InviteInputSchema } from '../../../shared/schema/cohort.ts';
import { cohortAccess, editorOnly, idParam, organiserOnly } from '../access.ts';
import type { CohortRole } from '../db/cohorts.ts';
import { inviteState, listInvites, revokeInviteById, type InviteRow } from '../db/invites.ts';
import { listCohortMembers, membershipOf, removeMembership } from '../db/memberships.ts';
import { deleteMemberSessions } from '../db/sessions.ts';
import type { AppEnv } from '../env.ts';
import { isRefusal, refusal, refuse } from '../errors.ts';
import { publicOrigin } from '../origin.ts';
import { createInvite } from '../invite-flow.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { validateJson } from '../middleware/validate.ts';

/** Where a link opens, on this server's origin. */
const inviteUrl = (origin: string, code: string) => `${origin}/i/${code}`;

/** A link as the API shows it; the code only to those who may hand it out. */
export function inviteJson(invite: InviteRow & { members?: number }, origin: string, viewer: CohortRole) {
  const shareable = viewer === 'organiser' || invite.role === 'participant';
  return {
    id: invite.id,
    role: invite.role,
    url: shareable && invite.code ? inviteUrl(origin, invite.code) : null,
    createdAt: invite.created_at,
    expiresAt: invite.expires_at,
    revokedAt: invite.revoked_at,
    maxUses: invite.max_uses,
    uses: invite.accepted_count,
    members: invite.members ?? 0,
    state: inviteState(invite, new Date()),
  };
}

export const members = new Hono<AppEnv>()
  .get('/:id/members', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'), editorOnly);
    if (isRefusal(access)) return refuse(c, access);
    const rows = await listCohortMembers(c.env.DB, access.cohort.id);
    const items = rows.map((row) => ({
      memberId: row.member_id,
      name: row.name,
      role: row.role,
      joinedAt: row.created_at,
      inviteId: row.invite_id,
      sessions: row.sessions,
    }));
    return c.json({ items }, 200);
  })
  .delete('/:id/members/:memberId', async (c) => {
    const { caller } = c.var;
    const access = await cohortAccess(c.env.DB, caller, c.req.param('id'), () => organiserOnly(caller));
    if (isRefusal(access)) return refuse(c, access);
    const memberId = idParam(c.req.param('memberId'), 'member_not_found');
    if (isRefusal(memberId)) return refuse(c, memberId);
    if (!(await removeMembership(c.env.DB, access.cohort.id, memberId)))
      return refuse(c, refusal(404, 'not_found', 'member_not_found'));
    return c.json({ removed: true as const }, 200);
  })
  // Signs a member of the cohort out of every browser; their personal token (the extension) is theirs to rotate.
  .delete('/:id/members/:memberId/sessions', async (c) => {
    const { caller } = c.var;
    const access = await cohortAccess(c.env.DB, caller, c.req.param('id'), () => organiserOnly(caller));
    if (isRefusal(access)) return refuse(c, access);
    const memberId = idParam(c.req.param('memberId'), 'member_not_found');
    if (isRefusal(memberId)) return refuse(c, memberId);
    if (!(await membershipOf(c.env.DB, memberId, access.cohort.id)))
      return refuse(c, refusal(404, 'not_found', 'member_not_found'));
    return c.json({ ended: await deleteMemberSessions(c.env.DB, memberId) }, 200);
  })
  .get('/:id/invites', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'), editorOnly);
    if (isRefusal(access)) return refuse(c, access);
    const origin = publicOrigin(c);
    const items = (await listInvites(c.env.DB, access.cohort.id)).map((row) =>
      inviteJson(row, origin, access.role),
    );
    return c.json({ items }, 200);
  })
  .post('/:id/invites', bodyLimit({ maxBytes: 64 * KiB }), validateJson(InviteInputSchema), async (c) => {
    const { caller } = c.var;
    const access = await cohortAccess(c.env.DB, caller, c.req.param('id'), () => organiserOnly(caller));
    if (isRefusal(access)) return refuse(c, access);
    const { role, expiresInDays, maxUses } = c.req.valid('json');
    const invite = await createInvite(
      c.env.DB,
      access.cohort.id,
      role,
      caller.memberId,
      c.env.INVITE_TTL_HOURS,
      {
        expiresInDays,
        maxUses,
      },
    );
    const body = inviteJson(invite, publicOrigin(c), 'organiser');
    return c.json({ ...body, code: invite.code!, url: body.url! }, 201);
  })
  .delete('/:id/invites/:inviteId', async (c) => {
    const { caller } = c.var;
    const access = await cohortAccess(c.env.DB, caller, c.req.param('id'), () => organiserOnly(caller));
    if (isRefusal(access)) return refuse(c, access);
    const inviteId = idParam(c.req.param('inviteId'), 'invite_not_found');
    if (isRefusal(inviteId)) return refuse(c, inviteId);
    const revoked = await revokeInviteById(c.env.DB, access.cohort.id, inviteId, new Date().toISOString());
    if (!revoked) return refuse(c, refusal(404, 'not_found', 'invite_not_found'));
    return c.json({ revoked: true as const }, 200);
  });
