/** GET/POST /masuk: paste a personal token (or the ADMIN_TOKEN) to open the reading pages in this browser. */
import type { Lang } from '../i18n.ts';
import { Notice } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths, withQuery } from './paths.ts';
import { pageStrings } from './strings.ts';

export interface SignInPageProps {
  lang: Lang;
  /** Where to go after signing in; already checked by safeNext. */
  next: string | null;
  error?: string;
  /** What just happened (signed out here or everywhere). */
  notice?: string | null;
}

export function SignInPage({ lang, next, error, notice }: SignInPageProps) {
  const p = pageStrings(lang);
  return (
    <Layout lang={lang} title={`${p.signInPageTitle} · Lokus`} here={withQuery(paths.signIn, { next })}>
      <h1>{p.signInPageTitle}</h1>
      {notice ? <Notice ok>{notice}</Notice> : null}
      <div class="card">
        <p>{p.signInIntro}</p>
        <form method="post" action={paths.signIn}>
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <label for="token">{p.tokenLabel}</label>
          <input
            type="password"
            id="token"
            name="token"
            class="token"
            required
            maxLength={512}
            autocomplete="current-password"
            spellcheck={false}
          />
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
          <p>
            <button type="submit">{p.signInSubmit}</button>
          </p>
        </form>
        <p class="status">{p.signInParticipants}</p>
      </div>
    </Layout>
  );
}
