/**
 * Options: the Lokus server, sign-in by invite link or token, the cohorts the account belongs to, and the
 * UI language. The extension holds one account: another invite link pasted while signed in joins its
 * cohort with the same token. Host access to the server is requested in the sign-in click itself (browsers
 * only allow it during a user gesture), and only when not already granted (dev/e2e builds grant the local
 * worker in the manifest).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLanguage, useT } from '../../components/I18n.tsx';
import { refreshAccount, signIn as signInWith, signOut as forget } from '../../utils/account.ts';
import { normaliseServerUrl, originPattern } from '../../utils/api.ts';
import { LANGUAGES, isLanguage } from '../../utils/i18n.ts';
import { sendMessage } from '../../utils/messaging.ts';
import { hasServerPermission } from '../../utils/session.ts';
import { parseSignIn } from '../../utils/signin.ts';
import {
  accountItem,
  languageItem,
  membershipsItem,
  serverUrlItem,
  tokenItem,
  type Account,
  type Membership,
} from '../../utils/storage.ts';

type Status = { kind: 'info' | 'ok' | 'error'; text: string } | null;

export function App() {
  const t = useT();
  const language = useLanguage();
  const [server, setServer] = useState('');
  const [pasted, setPasted] = useState('');
  const [name, setName] = useState('');
  const [account, setAccount] = useState<Account | null>(null);
  // The server the held token belongs to: an invite for it joins that account.
  const [accountServer, setAccountServer] = useState<string | null>(null);
  const [memberships, setMemberships] = useState<Membership[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // Known before the click, so the click can go straight to `permissions.request` when it must.
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  useEffect(() => {
    const load = async () => {
      const [url, acc, token, cohorts] = await Promise.all([
        serverUrlItem.getValue(),
        accountItem.getValue(),
        tokenItem.getValue(),
        membershipsItem.getValue(),
      ]);
      setServer((current) => current || url);
      setAccount(token ? acc : null);
      if (acc?.name) setName((current) => current || acc.name);
      setAccountServer(token ? url : null);
      setMemberships(token ? cohorts : []);
    };
    void load().then(() => refreshAccount());
    const unwatch = [accountItem, tokenItem, membershipsItem, serverUrlItem].map((item) =>
      (item as typeof accountItem).watch(() => void load()),
    );
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const target = parseSignIn(pasted, server);
  const targetServer = target?.serverUrl ?? normaliseServerUrl(server);
  // Signed in, the form joins cohorts by default; an invite for another server starts a new account there.
  const otherServer = !!account && target?.kind === 'invite' && target.serverUrl !== accountServer;
  const joining = !!account && target?.kind !== 'token' && !otherServer;
  const needsName = !joining && target?.kind !== 'token';
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
    if (target.kind === 'invite' && !joining && name.trim().length < 2) {
      setStatus({ kind: 'error', text: t('options.nameRequired') });
      return;
    }
    const permission = granted[target.serverUrl]
      ? Promise.resolve(true)
      : browser.permissions.request({ origins: [originPattern(target.serverUrl)], permissions: ['tabs'] });
    setBusy(true);
    setStatus({ kind: 'info', text: joining ? t('options.joining') : t('options.signingIn') });
    void permission
      .then((ok) => (ok ? finishSignIn(target) : denied(target.serverUrl)))
      .catch((err) => setStatus({ kind: 'error', text: String((err as Error)?.message ?? err) }))
      .finally(() => setBusy(false));
  }

  function denied(serverUrl: string) {
    setStatus({ kind: 'error', text: t('options.permissionDenied', { origin: serverUrl }) });
  }

  async function finishSignIn(input: NonNullable<typeof target>) {
    const result = await signInWith(input, name.trim(), language);
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.message });
      return;
    }
    setServer(input.serverUrl);
    setPasted('');
    setName(result.account.name);
    const { invite } = result;
    const text =
      invite && !result.newAccount
        ? invite.joined
          ? t('options.joined', { cohort: invite.cohortName, role: t(`role.${invite.role}`) })
          : t('options.alreadyMember', { cohort: invite.cohortName })
        : t('options.signedInAs', { name: result.account.name });
    setStatus({ kind: 'ok', text });
    await sendMessage('sessionChanged').catch(() => undefined);
  }

  async function signOut() {
    await forget();
    setStatus({ kind: 'info', text: t('options.signedOut') });
  }

  const openReadingList = (membership: Membership) =>
    void browser.tabs.create({
      url: `${accountServer ?? server}/c/${encodeURIComponent(membership.slug)}`,
    });

  return (
    <main class="page options">
      <h1>{t('options.heading')}</h1>
      <section class="card" aria-labelledby="options-account">
        <h2 id="options-account">{t('options.account')}</h2>
        {account && (
          <div class="account" data-testid="options-account-name">
            <span>{t('options.signedInAs', { name: account.name })}</span>
            <button type="button" data-testid="options-signout" onClick={signOut}>
              {t('options.signOut')}
            </button>
          </div>
        )}
        {account && (
          <>
            <h3 id="options-cohorts-heading">{t('options.cohorts')}</h3>
            {memberships.length ? (
              <ul class="cohort-list" data-testid="options-cohorts" aria-labelledby="options-cohorts-heading">
                {memberships.map((m) => (
                  <li key={m.cohortId} data-testid="options-cohort" data-cohort-id={m.cohortId}>
                    <span class="cohort-name">{m.cohortName}</span>
                    <span class="muted">
                      {t(`role.${m.role}`)}
                      {m.role === 'participant' && ` · ${t('options.readOnly')}`}
                    </span>
                    <button type="button" class="link" onClick={() => openReadingList(m)}>
                      {t('popup.openSidePanel')}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted" data-testid="options-no-cohorts">
                {t('options.noCohorts')}
              </p>
            )}
          </>
        )}
        <h3>{account ? t('options.joinHeading') : t('options.signInHeading')}</h3>
        <p class="muted">{account ? t('options.joinHelp') : t('options.signInHelp')}</p>
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
          {needsName && (
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
              {otherServer && target && (
                <span class="hint" data-testid="options-new-account">
                  {t('options.newAccountHint', { origin: target.serverUrl })}
                </span>
              )}
            </div>
          )}
          <div class="actions">
            <button type="submit" class="primary" data-testid="options-signin" disabled={busy}>
              {joining ? t('options.join') : t('options.signIn')}
            </button>
          </div>
        </form>
        <p
          data-testid="options-status"
          class={`status ${status?.kind ?? ''}`}
          role="status"
          aria-live="polite"
        >
          {status?.text ?? (account ? '' : t('options.signedOut'))}
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
