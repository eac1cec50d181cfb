/**
 * The popup: read the tab, prefill the review form, say whether the page is already clipped, and hand
 * saved clips to the background's outbox. It never sends a clip itself, so closing the popup at any
 * point after "Simpan" loses nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AlreadyClipped } from '../../components/AlreadyClipped.tsx';
import { useT } from '../../components/I18n.tsx';
import { SignInNotice } from '../../components/SignInNotice.tsx';
import { OutboxList } from '../../components/OutboxList.tsx';
import { ReviewForm } from '../../components/ReviewForm.tsx';
import type { LookupHit } from '../../utils/api.ts';
import {
  clipFromDraft,
  draftFromRecord,
  validateDraft,
  type Draft,
  type FieldErrors,
} from '../../utils/draft.ts';
import { draftFromPage, type PageSnapshot } from '../../utils/extract.ts';
import { sendMessage } from '../../utils/messaging.ts';
import type { ClipTarget, OutboxEntry } from '../../utils/outbox.ts';
import { currentApi } from '../../utils/session.ts';
import {
  lastCohortItem,
  outboxItem,
  type CohortChoice,
  sentClipsItem,
  serverUrlItem,
  tokenItem,
} from '../../utils/storage.ts';
import { readTab, targetTabId } from '../../utils/tab.ts';

type Status = { kind: 'info' | 'ok' | 'error'; text: string } | null;
type Mode = { kind: 'create' } | { kind: 'update'; clipId: number; cohortName: string };

/** Reads the tab the popup is for; started before the first render so it overlaps loading the UI. */
export async function readTargetTab(): Promise<{ tabId: number; page: PageSnapshot }> {
  const id = await targetTabId();
  if (id == null) throw new Error('no tab');
  return { tabId: id, page: await readTab(id) };
}

export function App(props: { tab: Promise<{ tabId: number; page: PageSnapshot }> }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [captureError, setCaptureError] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'create' });
  const [cohorts, setCohorts] = useState<CohortChoice[]>([]);
  const [cohortId, setCohortId] = useState<number | null>(null);
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [cohortsLoaded, setCohortsLoaded] = useState(false);
  const [hits, setHits] = useState<LookupHit[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);
  const [savedClientId, setSavedClientId] = useState<string | null>(null);
  const [sent, setSent] = useState<Record<string, number>>({});
  const tabId = useRef<number | null>(null);
  const filledMarked = useRef(false);

  useEffect(() => {
    void outboxItem.getValue().then(setOutbox);
    void sentClipsItem.getValue().then(setSent);
    const unwatchOutbox = outboxItem.watch((entries) => setOutbox(entries ?? []));
    const unwatchSent = sentClipsItem.watch((next) => setSent(next ?? {}));
    void sendMessage('flushOutbox').catch(() => undefined);
    void capture();
    void loadCohorts();
    return () => {
      unwatchOutbox();
      unwatchSent();
    };
  }, []);

  useEffect(() => {
    if (draft && !filledMarked.current) {
      filledMarked.current = true;
      performance.mark('lokus:form-filled');
    }
  }, [draft]);

  async function capture() {
    try {
      const { tabId: id, page } = await props.tab;
      tabId.current = id;
      const { article, record, selection } = draftFromPage(page);
      setDraft(
        draftFromRecord({
          clientId: crypto.randomUUID(),
          url: article.canonicalUrl || page.url,
          text: article.text,
          title: article.title,
          siteName: article.siteName,
          record,
          quotes: selection ? [selection.slice(0, 5000)] : [],
        }),
      );
      void lookup([page.url, article.canonicalUrl]);
    } catch (err) {
      setCaptureError(t('popup.captureFailed', { reason: String((err as Error)?.message ?? err) }));
    }
  }

  async function loadCohorts() {
    const [token, last] = await Promise.all([tokenItem.getValue(), lastCohortItem.getValue()]);
    setSignedIn(!!token);
    if (last) {
      setCohortId(last.id);
      setCohorts([last]); // until the server answers
    }
    if (!token) return;
    const res = await (await currentApi()).cohorts();
    if (!res.ok) return;
    setCohorts(res.data.items);
    setCohortsLoaded(true);
    if (!last || !res.data.items.some((c) => c.id === last.id)) setCohortId(res.data.items[0]?.id ?? null);
  }

  async function lookup(urls: string[]) {
    if (!(await tokenItem.getValue())) return;
    const api = await currentApi();
    const seen = new Map<number, LookupHit>();
    for (const url of new Set(urls.filter(Boolean))) {
      const res = await api.lookup(url);
      if (res.ok) for (const hit of res.data.items) seen.set(hit.clipId, hit);
    }
    const found = [...seen.values()];
    setHits(found);
    if (tabId.current != null) {
      void sendMessage('setClippedBadge', { tabId: tabId.current, clipped: found.length > 0 }).catch(
        () => undefined,
      );
    }
  }

  // Follow a saved clip: the server has it once the background recorded its clip id and it left the
  // outbox; `failed` means the user must act. Anything else: still queued.
  useEffect(() => {
    if (!savedClientId) return;
    const entry = outbox.find((e) => e.clientId === savedClientId);
    if (entry?.state === 'failed') {
      setStatus({ kind: 'error', text: entry.error?.message ?? t('common.networkError') });
      return;
    }
    const clipId = sent[savedClientId];
    if (entry || clipId == null) return;
    setSavedClientId(null);
    const cohortName =
      mode.kind === 'update' ? mode.cohortName : (cohorts.find((c) => c.id === cohortId)?.name ?? '');
    setStatus({ kind: 'ok', text: t('popup.sent', { cohort: cohortName }) });
    // Saving again now edits the clip the server has, and the page shows as clipped.
    if (mode.kind === 'create') setMode({ kind: 'update', clipId, cohortName });
    if (draft) void lookup([draft.url]);
  }, [outbox, sent, savedClientId]);

  async function save() {
    if (!draft) return;
    const found = validateDraft(draft, mode.kind === 'update' ? mode.clipId : cohortId, t);
    setErrors(found);
    if (Object.keys(found).length) {
      setStatus({ kind: 'error', text: t('popup.invalid') });
      return;
    }
    const cohort = cohorts.find((c) => c.id === cohortId);
    const target: ClipTarget =
      mode.kind === 'update'
        ? { kind: 'update', clipId: mode.clipId, cohortName: mode.cohortName }
        : { kind: 'create', cohortId, cohortName: cohort?.name ?? '' };
    setSaving(true);
    try {
      if (cohort && mode.kind === 'create')
        await lastCohortItem.setValue({ id: cohort.id, name: cohort.name });
      await sendMessage('enqueueClip', { target, clip: clipFromDraft(draft) });
      setSavedClientId(draft.clientId);
      setStatus({ kind: 'info', text: t('popup.queued') });
    } catch (err) {
      setStatus({ kind: 'error', text: String((err as Error)?.message ?? err) });
    } finally {
      setSaving(false);
    }
  }

  async function updateExisting(hit: LookupHit) {
    const res = await (await currentApi()).getClip(hit.clipId);
    const base = draft;
    if (res.ok) {
      const clip = res.data;
      setDraft(
        draftFromRecord({
          clientId: crypto.randomUUID(),
          url: clip.url,
          text: clip.text ?? base?.text ?? '',
          title: clip.title,
          siteName: clip.siteName ?? base?.siteName,
          record: { ...clip.record, evidence: clip.record.evidence ?? base?.evidence ?? {} },
          note: clip.note,
          quotes: base?.quotes ?? [],
        }),
      );
    } else if (base) {
      setDraft({ ...base, clientId: crypto.randomUUID() });
    }
    setCohortId(hit.cohortId);
    setMode({ kind: 'update', clipId: hit.clipId, cohortName: hit.cohortName });
    setStatus(null);
  }

  function editQueued(entry: OutboxEntry) {
    setDraft(
      draftFromRecord({
        clientId: entry.clientId,
        url: entry.clip.url,
        text: entry.clip.text,
        title: entry.clip.title,
        siteName: entry.clip.siteName,
        record: entry.clip.record,
        note: entry.clip.note,
        quotes: entry.clip.quotes,
      }),
    );
    if (entry.target.kind === 'create') {
      setMode({ kind: 'create' });
      if (entry.target.cohortId != null) setCohortId(entry.target.cohortId);
    } else {
      setMode({ kind: 'update', clipId: entry.target.clipId, cohortName: entry.target.cohortName });
    }
    setSavedClientId(null);
    setStatus(entry.error ? { kind: 'error', text: entry.error.message } : null);
  }

  const openHit = async (hit: LookupHit) => {
    await browser.tabs.create({ url: `${await serverUrlItem.getValue()}/c/${encodeURIComponent(hit.slug)}` });
  };
  const pendingCount = useMemo(() => outbox.length, [outbox]);

  /** Chrome's side panel, Firefox's sidebar; both must open inside this click. */
  function openReadingList() {
    const firefox = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (firefox) void firefox.open();
    else void browser.windows.getCurrent().then((win) => browser.sidePanel.open({ windowId: win.id! }));
    window.close();
  }

  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('popup.heading')}</h1>
        <span
          class="pill"
          data-testid="outbox-count"
          hidden={pendingCount === 0}
          title={t('outbox.count', { count: pendingCount })}
          aria-label={t('outbox.count', { count: pendingCount })}
        >
          {pendingCount}
        </span>
        <button type="button" class="link" data-testid="open-sidepanel" onClick={openReadingList}>
          {t('popup.openSidePanel')}
        </button>
        <button
          type="button"
          class="link"
          data-testid="open-options"
          onClick={() => browser.runtime.openOptionsPage()}
        >
          {t('common.settings')}
        </button>
      </header>
      <SignInNotice signedIn={signedIn} noCohorts={cohortsLoaded && cohorts.length === 0} />
      <AlreadyClipped
        hits={hits}
        updating={mode.kind === 'update'}
        onOpen={openHit}
        onUpdate={updateExisting}
      />
      {captureError && <p class="error">{captureError}</p>}
      {!draft && !captureError && <p class="muted">{t('popup.capturing')}</p>}
      {draft && (
        <ReviewForm
          draft={draft}
          onChange={setDraft}
          cohorts={cohorts}
          cohortId={cohortId}
          onCohortChange={setCohortId}
          updating={mode.kind === 'update'}
          errors={errors}
          saving={saving}
          onSave={save}
          status={status}
        />
      )}
      <OutboxList
        entries={outbox}
        onRetry={(id) => void sendMessage('retryClip', id)}
        onDiscard={(id) => void sendMessage('discardClip', id)}
        onSaveAsNew={(id) => void sendMessage('saveAsNewClip', id)}
        onEdit={editQueued}
        onSendNow={() => void sendMessage('flushOutbox')}
      />
    </main>
  );
}
