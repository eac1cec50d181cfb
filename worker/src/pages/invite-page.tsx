/**
 * GET/POST /i/:code: joining a cohort. A new person writes their name; someone already signed in joins with the
 * same account in one click, or is told they are in already. New widyaiswara then get their personal token.
 */
import type { CohortRow } from '../db/cohorts.ts';
import type { MembershipRole } from '../db/memberships.ts';
import type { Lang } from '../i18n.ts';
import { formatDate } from '../../../shared/ui/format.ts';
import { consoleStrings } from './console-strings.ts';
import { CopyField, Notice } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';
import { pageStrings } from './strings.ts';

export interface InvitePageProps {
  lang: Lang;
  cohort: CohortRow;
  role: MembershipRole;
  expiresAt: string;
  action: string;
  /** Someone signed in: they join as themselves, no name asked. */
  viewer?: { name: string } | null;
  /** The viewer's role in the cohort already, when they have one: nothing to join. */
  currentRole?: 'organiser' | MembershipRole | null;
  name?: string;
  error?: string;
}

export function InvitePage(props: InvitePageProps) {
  const { lang, cohort, role, expiresAt, action, viewer, currentRole, name = '', error } = props;
  const p = pageStrings(lang);
  const s = consoleStrings(lang);
  return (
    <Layout lang={lang} title={`${p.join(cohort.name)} · Lokus`} here={action} viewer={viewer}>
      <div class="card">
        <h1>{p.join(cohort.name)}</h1>
        <p>{p.joinAs(p.roles[role])}</p>
        {currentRole ? (
          <>
            <Notice ok>
              {currentRole === 'organiser' ? s.organiserSeesAll : s.alreadyMember(p.roles[currentRole])}
            </Notice>
            <p>
              <a class="button" href={paths.cohort(cohort.slug)}>
                {p.openReadingList}
              </a>
            </p>
          </>
        ) : viewer ? (
          <form method="post" action={action}>
            <p>{s.joinAsMember(viewer.name)}</p>
            <p>
              <button type="submit">{s.joinButton}</button>
            </p>
            <p class="hint">{s.notYou}</p>
          </form>
        ) : (
          <form method="post" action={action} novalidate>
            <label for="name">{p.nameLabel}</label>
            <input
              type="text"
              id="name"
              name="name"
              value={name}
              placeholder={p.namePlaceholder}
              required
              minLength={2}
              maxLength={120}
              autocomplete="name"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'name-error' : undefined}
            />
            {error ? (
              <p class="error" id="name-error" role="alert">
                {error}
              </p>
            ) : null}
            <p>
              <button type="submit">{p.submit}</button>
            </p>
          </form>
        )}
        <p class="status">{p.expires(formatDate(expiresAt, lang))}</p>
      </div>
    </Layout>
  );
}

export interface TokenPageProps {
  lang: Lang;
  cohort: CohortRow;
  name: string;
  token: string;
  origin: string;
}

export function TokenPage({ lang, cohort, name, token, origin }: TokenPageProps) {
  const p = pageStrings(lang);
  const s = consoleStrings(lang);
  return (
    <Layout lang={lang} title={`${p.tokenTitle} · Lokus`} here={paths.account} viewer={{ name }}>
      <div class="card">
        <p class="sub">
          {name} · {cohort.name}
        </p>
        <h1>{p.tokenTitle}</h1>
        <p>{p.tokenHelp}</p>
        <p class="hint">{s.tokenShownOnce}</p>
        <CopyField id="server" label={p.serverLabel} value={origin} copy={s.copy} copied={s.copied} />
        <CopyField id="token" label={p.tokenLabel} value={token} copy={s.copy} copied={s.copied} />
        <p class="status">
          {p.tokenAlsoSignsIn} <a href={paths.signIn}>{`${origin}${paths.signIn}`}</a>.
        </p>
        <p>
          <a href={paths.cohort(cohort.slug)}>{p.continue}</a>
        </p>
      </div>
    </Layout>
  );
}
