/**
 * Sending outbox clips with the stored session: a POST for a new clip (the `clientId` makes repeats
 * harmless), a PATCH for an edit; a POST answered with a clip the cohort already held under another
 * clientId is reported as `existing`, so the outbox can follow up with a PATCH. Missing sign-in, host permission or cohort become failures the user
 * must fix instead of requests that could never succeed.
 */
import { createApi } from './api.ts';
import { loadCatalogs, translate } from './i18n.ts';
import { flushOutbox, patchOf, type FlushReport, type OutboxEntry, type SendOutcome } from './outbox.ts';
import { hasServerPermission } from './session.ts';
import { languageItem, sentClipsItem, serverUrlItem, tokenItem } from './storage.ts';

/** Sends one outbox clip; never throws. */
export async function deliver(entry: OutboxEntry, fetchImpl?: typeof fetch): Promise<SendOutcome> {
  const [serverUrl, token, language] = await Promise.all([
    serverUrlItem.getValue(),
    tokenItem.getValue(),
    languageItem.getValue(),
    loadCatalogs(),
  ]);
  if (!token)
    return {
      ok: false,
      status: 0,
      code: 'not_signed_in',
      message: translate(language, 'common.signInFirst'),
    };
  const { target } = entry;
  if (target.kind === 'create' && target.cohortId == null) {
    return { ok: false, status: 0, code: 'no_cohort', message: translate(language, 'validation.cohort') };
  }
  if (!(await hasServerPermission(serverUrl))) {
    return {
      ok: false,
      status: 0,
      code: 'no_permission',
      message: translate(language, 'common.noPermission'),
    };
  }
  const api = createApi({ serverUrl, token, language, fetch: fetchImpl });
  const res =
    target.kind === 'create'
      ? await api.postClip(target.cohortId!, entry.clip)
      : await api.patchClip(target.clipId, patchOf(entry.clip));
  if (res.ok) {
    // 200 to a create with another clientId: the cohort already held this page, and the server kept it as it was.
    const existing = target.kind === 'create' && res.status === 200 && res.data.clientId !== entry.clientId;
    return { ok: true, clipId: res.data.id, ...(existing ? { existing } : {}) };
  }
  return {
    ok: false,
    status: res.status,
    ...res.error,
    ...(res.retryAfterMs !== undefined ? { retryAfterMs: res.retryAfterMs } : {}),
  };
}

/** Sends every due clip now through the stored session. */
export function flushWithSession(): Promise<FlushReport> {
  return flushOutbox({
    send: (entry) => deliver(entry),
    onSent: (entry, clipId) => rememberSent(entry, clipId),
  });
}

const SENT_KEPT = 200;

/** Keeps clientId → clip id and time for recent sends (see `sentClipsItem`). */
export async function rememberSent(entry: OutboxEntry, clipId: number, now = Date.now()): Promise<void> {
  const { [entry.clientId]: _, ...sent } = await sentClipsItem.getValue();
  const entries = Object.entries({ ...sent, [entry.clientId]: { clipId, at: now } }).slice(-SENT_KEPT);
  await sentClipsItem.setValue(Object.fromEntries(entries));
}
