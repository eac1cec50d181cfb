/**
 * GET /saya: who is signed in, their cohorts, a new personal token on request (POST /saya/token), shown once
 * with a copy button (the old token stops working at that moment), and signing out on every device.
 */
import type { Cohort } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { consoleStrings } from './console-strings.ts';
import { CopyField, Notice } from './form-parts.tsx';
import { cohortLine } from './home-page.tsx';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';
import { pageStrings } from './strings.ts';

export interface AccountPageProps {
  lang: Lang;
  name: string;
  organiser: boolean;
  /** Signed in with the ADMIN_TOKEN itself: a new personal token leaves that secret as it is. */
  admin: boolean;
  cohorts: readonly Cohort[];
  /** The member's open browser sessions, this one included. */
  sessions: number;
  /** The token just made, shown this once. */
  newToken?: string;
  origin: string;
}

export function AccountPage({
  lang,
  name,
  organiser,
  admin,
  cohorts,
  sessions,
  newToken,
  origin,
}: AccountPageProps) {
  const p = pageStrings(lang);
  const s = consoleStrings(lang);
  return (
    <Layout lang={lang} title={`${s.accountTitle} · Lokus`} here={paths.account} viewer={{ name }}>
      <h1>{s.accountTitle}</h1>
      <p class="sub">{p.signedInAs(name)}</p>
      {organiser ? <p class="sub">{s.roleOrganiser}</p> : null}
      <section class="card" id="token">
        <h2>{s.tokenTitle}</h2>
        {newToken ? (
          <>
            <Notice ok>
              {s.tokenShownOnce} {s.tokenOldStopped}
            </Notice>
            <CopyField id="server" label={p.serverLabel} value={origin} copy={s.copy} copied={s.copied} />
            <CopyField id="new-token" label={p.tokenLabel} value={newToken} copy={s.copy} copied={s.copied} />
            <p class="hint">{p.tokenHelp}</p>
          </>
        ) : (
          <>
            <p>{s.tokenExplain}</p>
            {admin ? <p class="hint">{s.adminTokenNote}</p> : null}
            <form method="post" action={paths.accountToken}>
              <button type="submit">{s.newToken}</button>
            </form>
          </>
        )}
      </section>
      <section class="card" id="sesi">
        <h2>{s.sessionsTitle}</h2>
        <p>{s.sessionsCount(Math.max(sessions, 1))}</p>
        <p class="hint">{s.sessionsExplain}</p>
        <form method="post" action={paths.accountSessions}>
          <button type="submit" class="danger">
            {s.endAllSessions}
          </button>
        </form>
      </section>
      <h2>{s.yourCohorts}</h2>
      {cohorts.length ? (
        <ul class="cohorts">
          {cohorts.map((cohort) => (
            <li class="card cohort" key={cohort.id}>
              <h2>
                <a href={paths.cohort(cohort.slug)}>{cohort.name}</a>
              </h2>
              <p class="sub">{cohortLine(cohort, lang)}</p>
              <p class="sub">{p.yourRole(p.roles[cohort.role])}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="card">{p.noCohorts}</p>
      )}
    </Layout>
  );
}
