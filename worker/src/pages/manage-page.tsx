/**
 * GET /c/:slug/kelola: a cohort's invite links and members. Organisers make links (role, days valid, use
 * limit), copy and revoke them, project the participant link's QR code, and remove members; the cohort's
 * widyaiswara see the same read-only, with the participant links they may hand out.
 */
import { formatDate } from '../../../shared/ui/format.ts';
import type { CohortRow } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import type { InviteView, MemberView } from '../routes/manage.tsx';
import { consoleStrings, type NoticeKey } from './console-strings.ts';
import { CopyField, Field, Notice, type FieldErrors } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';
import { QrCode } from './qr-code.tsx';
import { scoutingStrings } from './scouting-strings.ts';
import { REGIONS } from '../../../shared/regions/index.ts';
import { pageStrings } from './strings.ts';

export interface ManagePageProps {
  lang: Lang;
  viewer: { name: string };
  cohort: CohortRow;
  organiser: boolean;
  invites: readonly InviteView[];
  members: readonly MemberView[];
  notice?: NoticeKey | null;
  /** The link just made, highlighted. */
  freshInviteId?: number | null;
  inviteForm?: { values: Record<string, string>; errors: FieldErrors };
  /** Where this cohort went on its study visit. */
  visits: readonly { region: string; date: string }[];
  /** A refused visits form, with what was typed. */
  visitsForm?: { values: Record<string, string>; errors: FieldErrors };
}

export function ManagePage(props: ManagePageProps) {
  const {
    lang,
    viewer,
    cohort,
    organiser,
    invites,
    members,
    notice,
    freshInviteId,
    inviteForm,
    visits,
    visitsForm,
  } = props;
  const p = pageStrings(lang);
  const s = consoleStrings(lang);
  const classLink = invites.find(
    (invite) => invite.role === 'participant' && invite.state === 'open' && invite.url,
  );
  return (
    <Layout
      lang={lang}
      title={`${s.manageTitle} · ${cohort.name} · Lokus`}
      here={paths.manage(cohort.slug)}
      viewer={viewer}
      wide
    >
      <header class="top">
        <div>
          <p class="sub">
            <a href={paths.cohort(cohort.slug)}>{cohort.name}</a>
          </p>
          <h1>{s.manageTitle}</h1>
        </div>
        <p class="links">
          <a href={paths.cohort(cohort.slug)}>{p.openReadingList}</a>
          <a href={paths.completion(cohort.slug)}>{s.completion}</a>
        </p>
      </header>
      {notice ? <Notice ok>{s.notices[notice]}</Notice> : null}
      {!organiser ? <p class="status">{s.readOnlyNote}</p> : null}
      <div class="grid">
        {organiser ? (
          <section class="card">
            <h2>{s.newInvite}</h2>
            <form method="post" action={paths.invites(cohort.slug)} novalidate>
              <label for="f-role">{s.role}</label>
              <select id="f-role" name="role">
                <option value="participant" selected={inviteForm?.values.role !== 'widyaiswara'}>
                  {p.roles.participant}
                </option>
                <option value="widyaiswara" selected={inviteForm?.values.role === 'widyaiswara'}>
                  {p.roles.widyaiswara}
                </option>
              </select>
              <Field
                name="expiresInDays"
                label={s.daysValid}
                type="number"
                min={1}
                max={365}
                value={inviteForm?.values.expiresInDays ?? '7'}
                errors={inviteForm?.errors}
              />
              <Field
                name="maxUses"
                label={s.maxUses}
                type="number"
                min={1}
                max={10000}
                value={inviteForm?.values.maxUses}
                hint={s.maxUsesHint}
                errors={inviteForm?.errors}
              />
              <p>
                <button type="submit">{s.createInvite}</button>
              </p>
            </form>
          </section>
        ) : null}
        <section class="card">
          <h2>{s.classQr}</h2>
          {classLink?.url ? (
            <>
              <QrCode text={classLink.url} label={`${s.classQr}: ${classLink.url}`} />
              <p class="hint">{s.classQrHint}</p>
              <CopyField
                id="class-link"
                label={s.link}
                value={classLink.url}
                copy={s.copy}
                copied={s.copied}
              />
              <p>
                <a href={paths.inviteQr(cohort.slug, classLink.id)}>{s.fullScreen}</a>
              </p>
            </>
          ) : (
            <p class="status">{s.noParticipantLink}</p>
          )}
        </section>
      </div>
      <h2>{s.invitesTitle}</h2>
      {invites.length ? (
        <div class="table-wrap">
          <table class="stack">
            <thead>
              <tr>
                <th>#</th>
                <th>{s.role}</th>
                <th>{s.link}</th>
                <th>{s.validUntil}</th>
                <th class="num">{s.uses}</th>
                <th>{s.status}</th>
                {organiser ? <th /> : null}
              </tr>
            </thead>
            <tbody>
              {invites.map((invite) => (
                <tr
                  key={invite.id}
                  id={`invite-${invite.id}`}
                  class={invite.id === freshInviteId ? 'fresh' : undefined}
                >
                  <td data-label="#">{invite.id}</td>
                  <td data-label={s.role}>{p.roles[invite.role]}</td>
                  <td data-label={s.link}>
                    {invite.url ? (
                      <div class="copy-row">
                        <input
                          type="text"
                          id={`link-${invite.id}`}
                          class="token"
                          value={invite.url}
                          readOnly
                          aria-label={s.link}
                        />
                        <button
                          type="button"
                          class="quiet"
                          data-copy={`link-${invite.id}`}
                          data-copied={s.copied}
                          hidden
                        >
                          {s.copy}
                        </button>
                      </div>
                    ) : (
                      <span class="status">{s.linkHidden}</span>
                    )}
                  </td>
                  <td data-label={s.validUntil}>{formatDate(invite.expiresAt, lang)}</td>
                  <td class="num" data-label={s.uses}>
                    {invite.uses}
                    {invite.maxUses !== null ? ` / ${invite.maxUses}` : ''}
                  </td>
                  <td data-label={s.status}>
                    <span class={invite.state === 'open' ? 'badge ok' : 'badge off'}>
                      {s.inviteStates[invite.state]}
                    </span>
                  </td>
                  {organiser ? (
                    <td>
                      {invite.state !== 'revoked' ? (
                        <form method="post" action={paths.revokeInvite(cohort.slug, invite.id)}>
                          <button type="submit" class="danger">
                            {s.revoke}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">{s.noInvites}</p>
      )}
      <VisitsForm lang={lang} cohort={cohort} visits={visits} form={visitsForm} />
      <h2>{s.membersTitle}</h2>
      {members.length ? (
        <div class="table-wrap">
          <table class="stack">
            <thead>
              <tr>
                <th>{s.name}</th>
                <th>{s.role}</th>
                <th>{s.joined}</th>
                <th>{s.via}</th>
                <th>{s.sessionsColumn}</th>
                {organiser ? <th /> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.memberId} id={`member-${member.memberId}`} data-member={member.memberId}>
                  <td data-label={s.name}>{member.name}</td>
                  <td data-label={s.role}>{p.roles[member.role]}</td>
                  <td data-label={s.joined}>{formatDate(member.joinedAt, lang)}</td>
                  <td data-label={s.via}>
                    {member.inviteId ? (
                      <a href={`#invite-${member.inviteId}`}>{s.viaLink(member.inviteId)}</a>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td data-label={s.sessionsColumn}>{s.sessionsOpen(member.sessions)}</td>
                  {organiser ? (
                    <td>
                      <div class="row-actions">
                        {member.sessions ? (
                          <form method="post" action={paths.endMemberSessions(cohort.slug, member.memberId)}>
                            <button type="submit" class="quiet" title={s.endSessionsHint}>
                              {s.endSessions}
                            </button>
                          </form>
                        ) : null}
                        <form method="post" action={paths.removeMember(cohort.slug, member.memberId)}>
                          <button type="submit" class="danger">
                            {s.remove}
                          </button>
                        </form>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">{s.noMembers}</p>
      )}
    </Layout>
  );
}

/** GET /c/:slug/kelola/qr/:id: one participant link's QR code, as large as the screen allows, for a projector. */
export function QrPage({ lang, cohort, url }: { lang: Lang; cohort: CohortRow; url: string }) {
  const s = consoleStrings(lang);
  return (
    <Layout lang={lang} title={`${s.classQr} · ${cohort.name} · Lokus`} here={paths.manage(cohort.slug)} wide>
      <h1>{cohort.name}</h1>
      <p class="sub">{s.classQrHint}</p>
      <QrCode text={url} label={`${s.classQr}: ${url}`} big />
      <p class="big-url">
        <code class="token">{url}</code>
      </p>
      <p>
        <a href={paths.manage(cohort.slug)}>← {s.manageTitle}</a>
      </p>
    </Layout>
  );
}

/** The cohort's study visit: host regions (typed by name, the gazetteer as a datalist) and their dates. */
function VisitsForm(props: {
  lang: Lang;
  cohort: CohortRow;
  visits: readonly { region: string; date: string }[];
  form?: { values: Record<string, string>; errors: FieldErrors };
}) {
  const { lang, cohort, visits, form } = props;
  const t = scoutingStrings(lang);
  const c = consoleStrings(lang);
  const rows = form ? Number(form.values.count) || 0 : visits.length;
  const value = (i: number, field: 'region' | 'date') =>
    form ? (form.values[`visit.${i}.${field}`] ?? '') : (visits[i]?.[field] ?? '');
  return (
    <section class="card" id="kunjungan">
      <h2>{t.visitsEditTitle}</h2>
      <p class="hint">{t.visitsEditHint}</p>
      <form method="post" action={paths.cohortVisits(cohort.slug)} novalidate>
        <input type="hidden" name="count" value={String(rows + 1)} />
        {Array.from({ length: rows + 1 }, (_, i) => (
          <div class="grid visit-row">
            <div class="field">
              <label for={`f-visit-${i}-region`}>{c.region}</label>
              <input
                type="text"
                id={`f-visit-${i}-region`}
                name={`visit.${i}.region`}
                value={value(i, 'region')}
                list="regions"
                autocomplete="off"
                aria-invalid={form?.errors[`visit.${i}.region`] ? 'true' : undefined}
              />
              {form?.errors[`visit.${i}.region`] ? (
                <p class="error" role="alert">
                  {form.errors[`visit.${i}.region`]}
                </p>
              ) : null}
            </div>
            <div class="field">
              <label for={`f-visit-${i}-date`}>{t.visitDate}</label>
              <input
                type="date"
                id={`f-visit-${i}-date`}
                name={`visit.${i}.date`}
                value={value(i, 'date')}
                aria-invalid={form?.errors[`visit.${i}.date`] ? 'true' : undefined}
              />
              {form?.errors[`visit.${i}.date`] ? (
                <p class="error" role="alert">
                  {form.errors[`visit.${i}.date`]}
                </p>
              ) : null}
            </div>
            {i < rows ? (
              <label class="check">
                <input type="checkbox" name={`visit.${i}.remove`} value="1" /> {t.removeVisit}
              </label>
            ) : null}
          </div>
        ))}
        <datalist id="regions">
          {REGIONS.map((region) => (
            <option value={region.name} />
          ))}
        </datalist>
        <p class="controls">
          <button type="submit">{t.saveVisits}</button>
        </p>
      </form>
    </section>
  );
}
