/**
 * The signed-in session as stored: an API client for the configured server and token, and whether the
 * extension may talk to that server (host permission granted at sign-in, or built in for dev/e2e builds).
 */
import { browser } from 'wxt/browser';
import { createApi, originPattern, type LokusApi } from './api.ts';
import { languageItem, serverUrlItem, tokenItem } from './storage.ts';

export async function currentApi(): Promise<LokusApi> {
  const [serverUrl, token, language] = await Promise.all([
    serverUrlItem.getValue(),
    tokenItem.getValue(),
    languageItem.getValue(),
  ]);
  return createApi({ serverUrl, token, language });
}

/** Whether host access to the server is granted; dev/e2e builds list 127.0.0.1 and localhost up front. */
export async function hasServerPermission(serverUrl?: string): Promise<boolean> {
  const url = serverUrl ?? (await serverUrlItem.getValue());
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}
