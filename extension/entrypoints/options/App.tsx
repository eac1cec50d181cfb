/**
 * Options: the Lokus server, sign-in by invite link or token, and the UI language. Host access to the
 * server is requested in the sign-in click itself (browsers only allow it during a user gesture), and
 * only when not already granted (dev/e2e builds grant the local worker in the manifest).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLanguage, useT } from '../../components/I18n.tsx';
import { createApi, normaliseServerUrl, originPattern } from '../../utils/api.ts';
import { LANGUAGES, isLanguage } from '../../utils/i18n.ts';
import { sendMessage } from '../../utils/messaging.ts';
import { hasServerPermission } from '../../utils/session.ts';
import { parseSignIn } from '../../utils/signin.ts';
import {
  accountItem,
  languageItem,
  lastCohortItem,
  serverUrlItem,
  tokenItem,
  type Account,
} from '../../utils/storage.ts';

type Status = { kind: 'info' | 'ok' | 'error'; text: string } | null;

export function App() {
  const t = useT();
  const language = useLanguage();
  const [server, setServer] = useState('');
  const [pasted, setPasted] = useState('');
  const [name, setName] = useState('');
  const [account, setAccount] = useState<Account | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // Known before the click, so the click can go straight to `permissions.request` when it must.
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  useEffect(() => {
    void Promise.all([serverUrlItem.getValue(), accountItem.getValue(), tokenItem.getValue()]).then(
      ([url, acc, token]) => {
        setServer(url);
        setAccount(token ? acc : null);
        if (acc?.name) setName(acc.name);
      },
    );
  }, []);

  const target = parseSignIn(pasted, server);
  const targetServer = target?.serverUrl ?? normaliseServerUrl(server);
  useEffect(() => {
    if (!targetServer || targetServer in granted) return;
    void hasServerPermission(targetServer).then((ok) => setGranted((g) => ({ ...g, [targetServer]: ok })));
  }, [targetServer]);

  function signIn(event: Event) {
    event.preventDefault();
    if (!target) {
      setStatus({
        kind: 'error',
        text: normaliseServerUrl(server) ? t('options.badInput') : t('options.badServer'),
      });
      return;
    }
    if (target.kind === 'invite' && name.trim().length < 2) {
      setStatus({ kind: 'error', text: t('options.nameRequired') });
      return;
    }
    const permission = granted[target.serverUrl]
      ? Promise.resolve(true)
      : browser.permissions.request({ origins: [originPattern(target.serverUrl)], permissions: ['tabs'] });
    setBusy(true);
    setStatus({ kind: 'info', text: t('options.signingIn') });
    void permission
      .then((ok) => (ok ? finishSignIn(target) : denied(target.serverUrl)))
      .catch((err) => setStatus({ kind: 'error', text: String((err as Error)?.message ?? err) }))
      .finally(() => setBusy(false));
  }

  function denied(serverUrl: string) {
    setStatus({ kind: 'error', text: t('options.permissionDenied', { origin: serverUrl }) });
  }

  async function finishSignIn(input: NonNullable<typeof target>) {
    const base = { serverUrl: input.serverUrl, language };
    let token: string;
    let cohort: { id: number; name: string } | null = null;
    if (input.kind === 'invite') {
      const res = await createApi({ ...base, token: null }).acceptInvite(input.code, name.trim());
      if (!res.ok) {
        setStatus({ kind: 'error', text: res.status === 0 ? t('common.networkError') : res.error.message });
        return;
      }
      // Sent without a token, the invite answers with the new member's own.
      if (!res.data.token) return;
      token = res.data.token;
      cohort = { id: res.data.cohort.id, name: res.data.cohort.name };
    } else {
      token = input.token;
    }
    const me = await createApi({ ...base, token }).me();
    if (!me.ok) {
      setStatus({ kind: 'error', text: me.status === 0 ? t('common.networkError') : me.error.message });
      return;
    }
    const signedIn: Account = { id: me.data.id, name: me.data.name, role: me.data.role };
    await serverUrlItem.setValue(input.serverUrl);
    await tokenItem.setValue(token);
    await accountItem.setValue(signedIn);
    const firstCohort = me.data.memberships[0];
    if (cohort) await lastCohortItem.setValue(cohort);
    else if (!(await lastCohortItem.getValue()) && firstCohort) {
      await lastCohortItem.setValue({ id: firstCohort.cohortId, name: firstCohort.cohortName });
    }
    setServer(input.serverUrl);
    setPasted('');
    setAccount(signedIn);
    setStatus({ kind: 'ok', text: t('options.signedInAs', { name: signedIn.name }) });
    await sendMessage('sessionChanged').catch(() => undefined);
  }

  async function signOut() {
    await tokenItem.setValue(null);
    await accountItem.setValue(null);
    setAccount(null);
    setStatus({ kind: 'info', text: t('options.signedOut') });
  }

  return (
    <main class="page options">
      <h1>{t('options.heading')}</h1>
      <section class="card" aria-labelledby="options-account">
        <h2 id="options-account">{t('options.account')}</h2>
        <p class="muted">{t('options.signInHelp')}</p>
        <form onSubmit={signIn} noValidate>
          <div class="field">
            <label for="options-server">{t('options.server')}</label>
            <input
              id="options-server"
              data-testid="options-server"
              type="url"
              value={server}
              onInput={(e) => setServer(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="options-invite">{t('options.invite')}</label>
            <input
              id="options-invite"
              data-testid="options-invite"
              type="text"
              autocomplete="off"
              placeholder={t('options.invitePlaceholder')}
              value={pasted}
              onInput={(e) => setPasted(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="options-name">{t('options.name')}</label>
            <input
              id="options-name"
              data-testid="options-name"
              type="text"
              autocomplete="name"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div class="actions">
            <button type="submit" class="primary" data-testid="options-signin" disabled={busy}>
              {t('options.signIn')}
            </button>
            {account && (
              <button type="button" data-testid="options-signout" onClick={signOut}>
                {t('options.signOut')}
              </button>
            )}
          </div>
        </form>
        <p
          data-testid="options-status"
          class={`status ${status?.kind ?? ''}`}
          role="status"
          aria-live="polite"
        >
          {status?.text ??
            (account ? t('options.signedInAs', { name: account.name }) : t('options.signedOut'))}
        </p>
      </section>
      <section class="card" aria-labelledby="options-display">
        <h2 id="options-display">{t('options.display')}</h2>
        <div class="field">
          <label for="options-language">{t('options.language')}</label>
          <select
            id="options-language"
            data-testid="options-language"
            value={language}
            onChange={(e) => {
              const next = e.currentTarget.value;
              if (isLanguage(next)) void languageItem.setValue(next);
            }}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {t(`language.${lang}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
    </main>
  );
}
