/** Why a page has no cohorts to show yet: not signed in (with the way to Settings), or no cohort joined. */
import { browser } from 'wxt/browser';
import { useT } from './I18n.tsx';

export function SignInNotice(props: { signedIn: boolean | null; noCohorts: boolean }) {
  const t = useT();
  if (props.signedIn === false)
    return (
      <p class="notice">
        {t('common.signInFirst')}{' '}
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('common.openSettings')}
        </button>
      </p>
    );
  return props.signedIn && props.noCohorts ? <p class="notice">{t('popup.noCohorts')}</p> : null;
}
