/** GET/POST /i/:code: the invite form (name), and for widyaiswara the personal token to paste into the extension. */
import type { CohortRow } from '../db/cohorts.ts';
import type { MembershipRole } from '../db/memberships.ts';
import type { Lang } from '../i18n.ts';
import { formatDate } from '../../../shared/ui/format.ts';
import { Layout } from './layout.tsx';
import { pageStrings } from './strings.ts';

export interface InvitePageProps {
  lang: Lang;
  cohort: CohortRow;
  role: MembershipRole;
  expiresAt: string;
  action: string;
  name?: string;
  error?: string;
}

export function InvitePage({ lang, cohort, role, expiresAt, action, name = '', error }: InvitePageProps) {
  const p = pageStrings(lang);
  return (
    <Layout lang={lang} title={`${p.join(cohort.name)} · Lokus`}>
      <div class="card">
        <header class="top">
          <h1>{p.join(cohort.name)}</h1>
          <nav class="lang">
            <a href={lang === 'en' ? action : `${action}?lang=en`} hreflang={lang === 'en' ? 'id' : 'en'}>
              {lang === 'en' ? 'Bahasa Indonesia' : 'English'}
            </a>
          </nav>
        </header>
        <p>{p.joinAs(p.roles[role])}</p>
        <form method="post" action={action}>
          <input type="hidden" name="lang" value={lang} />
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
          />
          {error ? <p class="error">{error}</p> : null}
          <p>
            <button type="submit">{p.submit}</button>
          </p>
        </form>
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
  return (
    <Layout lang={lang} title={`${p.tokenTitle} · Lokus`}>
      <div class="card">
        <p class="sub">
          {name} · {cohort.name}
        </p>
        <h1>{p.tokenTitle}</h1>
        <p>{p.tokenHelp}</p>
        <label for="server">{p.serverLabel}</label>
        <input type="text" id="server" class="token" value={origin} readOnly />
        <label for="token">{p.tokenLabel}</label>
        <input type="text" id="token" class="token" value={token} readOnly />
        <p class="status">
          {p.tokenAlsoSignsIn} <a href={lang === 'en' ? '/masuk?lang=en' : '/masuk'}>{`${origin}/masuk`}</a>.
        </p>
        <p>
          <a href={`/c/${encodeURIComponent(cohort.slug)}${lang === 'en' ? '?lang=en' : ''}`}>{p.continue}</a>
        </p>
      </div>
    </Layout>
  );
}
