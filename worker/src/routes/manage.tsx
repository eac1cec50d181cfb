/**
 * A cohort's members and links in the browser: GET /c/:slug/kelola (organisers and its widyaiswara), the QR page
 * of a participant link, and the organiser's forms — make a link, revoke one, remove a member — over the same
 * rules and functions as the JSON API.
 */
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { InviteInputSchema } from '../../../shared/schema/cohort.ts';
import { editorOnly, organiserOnly } from '../access.ts';
import { listInvites, revokeInviteById } from '../db/invites.ts';
import { listCohortMembers, membershipOf, removeMembership } from '../db/memberships.ts';
import { deleteMemberSessions } from '../db/sessions.ts';
import { listCohortVisits, replaceCohortVisits, type CohortVisit } from '../db/cohort-visits.ts';
import { regionByCode } from '../../../shared/regions/index.ts';
import { dateFormat } from '../../../shared/schema/message.ts';
import { resolveRegion } from '../clip-form.ts';
import { message, type Lang } from '../i18n.ts';
import type { AppEnv } from '../env.ts';
import { publicOrigin } from '../origin.ts';
import { notFound } from '../errors.ts';
import { createInvite } from '../invite-flow.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { fieldIssues } from '../middleware/validate.ts';
import { noticeKey } from '../pages/console-strings.ts';
import type { FieldErrors } from '../pages/form-parts.tsx';
import { renderPage } from '../pages/layout.tsx';
import { ManagePage, QrPage, type ManagePageProps } from '../pages/manage-page.tsx';
import { paths, withQuery } from '../pages/paths.ts';
import { allow, cohortPage, htmlPage, pageId, readForm, type CohortPage } from './forms.ts';
import { inviteJson } from './members.ts';

export type InviteView = ReturnType<typeof inviteJson>;
export interface MemberView {
  memberId: number;
  name: string;
  role: 'widyaiswara' | 'participant';
  joinedAt: string;
  inviteId: number | null;
  sessions: number;
}

const form = bodyLimit({ maxBytes: 16 * KiB });

/** What the members page shows of a cohort, as the viewer's role may see it. */
async function manageProps(
  c: Context<AppEnv>,
  { caller, cohort, role }: CohortPage,
): Promise<ManagePageProps> {
  const origin = publicOrigin(c);
  const [invites, members, visits] = await Promise.all([
    listInvites(c.env.DB, cohort.id),
    listCohortMembers(c.env.DB, cohort.id),
    listCohortVisits(c.env.DB, cohort.id),
  ]);
  return {
    lang: c.var.lang,
    viewer: caller,
    cohort,
    organiser: role === 'organiser',
    invites: invites.map((row) => inviteJson(row, origin, role)),
    members: members.map((row) => ({
      memberId: row.member_id,
      name: row.name,
      role: row.role,
      joinedAt: row.created_at,
      inviteId: row.invite_id,
      sessions: row.sessions,
    })),
    visits: visits.map((visit) => ({
      region: regionByCode(visit.regionCode)?.name ?? visit.regionCode,
      date: visit.date,
    })),
  };
}
/** The visits form's rows (region by name, date), checked: the visits, or the errors beside each field. */
function visitsFromForm(values: Record<string, string>, lang: Lang) {
  const visits: CohortVisit[] = [];
  const errors: FieldErrors = {};
  const rows = Math.min(Number(values.count) || 0, 50);
  for (let i = 0; i < rows; i++) {
    const name = values[`visit.${i}.region`]?.trim() ?? '';
    const date = values[`visit.${i}.date`]?.trim() ?? '';
    if (values[`visit.${i}.remove`] || (!name && !date)) continue;
    const region = name ? resolveRegion(name) : undefined;
    if (!region) errors[`visit.${i}.region`] = message('region_not_found', lang);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors[`visit.${i}.date`] = dateFormat({ lang });
    if (region && !errors[`visit.${i}.date`]) visits.push({ regionCode: region.code, date });
  }
  return { visits, errors };
}

const number = (value: string | undefined) => (value?.trim() ? Number(value.trim()) : undefined);

export const manage = new Hono<AppEnv>()
  .get('/c/:slug/kelola', auth({ optional: true }), async (c) => {
    const access = await cohortPage(c, c.req.param('slug'));
    allow(editorOnly(access.role));
    const page = (
      <ManagePage
        {...await manageProps(c, access)}
        notice={noticeKey(c.req.query('ok'))}
        freshInviteId={number(c.req.query('baru')) ?? null}
      />
    );
    return htmlPage(c, renderPage(page));
  })
  .get('/c/:slug/kelola/qr/:inviteId', auth({ optional: true }), async (c) => {
    const { cohort, role } = await cohortPage(c, c.req.param('slug'));
    allow(editorOnly(role));
    const inviteId = pageId(c.req.param('inviteId'), 'invite_not_found');
    const invite = (await listInvites(c.env.DB, cohort.id)).find((row) => row.id === inviteId);
    const url = invite ? inviteJson(invite, publicOrigin(c), role).url : null;
    if (!url) throw notFound('invite_not_found');
    return htmlPage(c, renderPage(<QrPage lang={c.var.lang} cohort={cohort} url={url} />));
  })
  .post('/c/:slug/undangan', form, auth(), async (c) => {
    const access = await cohortPage(c, c.req.param('slug'));
    const { caller, cohort } = access;
    allow(organiserOnly(caller));
    const values = await readForm(c);
    const parsed = v.safeParse(
      InviteInputSchema,
      {
        role: values.role,
        expiresInDays: number(values.expiresInDays),
        maxUses: number(values.maxUses),
      },
      { lang: c.var.lang },
    );
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of fieldIssues(parsed.issues)) errors[issue.path || 'role'] ??= issue.message;
      const page = <ManagePage {...await manageProps(c, access)} inviteForm={{ values, errors }} />;
      return htmlPage(c, renderPage(page), 422);
    }
    const invite = await createInvite(
      c.env.DB,
      cohort.id,
      parsed.output.role,
      caller.memberId,
      c.env.INVITE_TTL_HOURS,
      {
        expiresInDays: parsed.output.expiresInDays,
        maxUses: parsed.output.maxUses,
      },
    );
    return c.redirect(
      `${withQuery(paths.manage(cohort.slug), { ok: 'invite', baru: invite.id })}#invite-${invite.id}`,
      303,
    );
  })
  .post('/c/:slug/undangan/:inviteId/cabut', form, auth(), async (c) => {
    const { caller, cohort } = await cohortPage(c, c.req.param('slug'));
    allow(organiserOnly(caller));
    await readForm(c);
    const inviteId = pageId(c.req.param('inviteId'), 'invite_not_found');
    if (!(await revokeInviteById(c.env.DB, cohort.id, inviteId, new Date().toISOString())))
      throw notFound('invite_not_found');
    return c.redirect(withQuery(paths.manage(cohort.slug), { ok: 'revoked' }), 303);
  })
  .post('/c/:slug/kunjungan', form, auth(), async (c) => {
    const access = await cohortPage(c, c.req.param('slug'));
    allow(editorOnly(access.role));
    const values = await readForm(c);
    const { visits, errors } = visitsFromForm(values, c.var.lang);
    if (Object.keys(errors).length) {
      const page = <ManagePage {...await manageProps(c, access)} visitsForm={{ values, errors }} />;
      return htmlPage(c, renderPage(page), 422);
    }
    await replaceCohortVisits(c.env.DB, access.cohort.id, visits, new Date().toISOString());
    return c.redirect(`${withQuery(paths.manage(access.cohort.slug), { ok: 'saved' })}#kunjungan`, 303);
  })
  .post('/c/:slug/anggota/:memberId/hapus', form, auth(), async (c) => {
    const { caller, cohort } = await cohortPage(c, c.req.param('slug'));
    allow(organiserOnly(caller));
    await readForm(c);
    const memberId = pageId(c.req.param('memberId'), 'member_not_found');
    if (!(await removeMembership(c.env.DB, cohort.id, memberId))) throw notFound('member_not_found');
    return c.redirect(withQuery(paths.manage(cohort.slug), { ok: 'removed' }), 303);
  })
  .post('/c/:slug/anggota/:memberId/sesi', form, auth(), async (c) => {
    const { caller, cohort } = await cohortPage(c, c.req.param('slug'));
    allow(organiserOnly(caller));
    await readForm(c);
    const memberId = pageId(c.req.param('memberId'), 'member_not_found');
    if (!(await membershipOf(c.env.DB, memberId, cohort.id))) throw notFound('member_not_found');
    await deleteMemberSessions(c.env.DB, memberId);
    return c.redirect(`${withQuery(paths.manage(cohort.slug), { ok: 'signedOut' })}#member-${memberId}`, 303);
  });
