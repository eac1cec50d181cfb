/**
 * The popup: read the tab, prefill the review form, say in which of the account's cohorts the page is
 * already clipped, and hand saved clips to the background's outbox. On a page the chosen cohort already
 * holds, the form opens on the saved clip and saving updates it. It never sends a clip itself, so closing
 * the popup at any point after "Simpan" loses nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AlreadyClipped } from '../../components/AlreadyClipped.tsx';
import { useT } from '../../components/I18n.tsx';
import { SignInNotice } from '../../components/SignInNotice.tsx';
import { OutboxList, errorText } from '../../components/OutboxList.tsx';
import { ReviewForm } from '../../components/ReviewForm.tsx';
import { canClip, clipCohorts, keptCohort, refreshAccount } from '../../utils/account.ts';
import type { Clip, LookupHit } from '../../utils/api.ts';
import {
  clipFromDraft,
  draftFromRecord,
  isBlankRecord,
  recordFromDraft,
  validateDraft,
  type Draft,
  type FieldErrors,
} from '../../utils/draft.ts';
import type { PageSnapshot } from '../../utils/extract.ts';
import { sendMessage } from '../../utils/messaging.ts';
import type { ClipTarget, OutboxEntry } from '../../utils/outbox.ts';
import { currentApi } from '../../utils/session.ts';
import {
  followItem,
  lastCohortItem,
  membershipsItem,
  outboxItem,
  sentClipsItem,
  serverUrlItem,
  tokenItem,
  type Membership,
  type SentClip,
} from '../../utils/storage.ts';
import { readTab, targetTabId } from '../../utils/tab.ts';
import { formTarget, hitFor, hitsIn } from '../../utils/target.ts';

type Status = { kind: 'info' | 'ok' | 'error'; text: string } | null;
/** A save being followed until the server has it: its outbox clientId, where it went, and when. */
type Saving = { clientId: string; target: ClipTarget; becameUpdate: boolean; since: number };
/** The saved clip the form shows: loaded from the server, or just saved from it. */
type Shown = { clipId: number } | { failed: number } | null;

/** The tab the popup is for and its page, as read. */
export interface TargetTab {
  tabId: number;
  page: PageSnapshot;
}

/** Reads the tab the popup is for; started before the first render so it overlaps loading the UI. */
export async function readTargetTab(): Promise<TargetTab> {
  const id = await targetTabId();
  if (id == null) throw new Error('no tab');
  return { tabId: id, page: await readTab(id) };
}

/**
 * The capture library and the extractor, the popup's heaviest part, in a chunk of their own: the popup's
 * own code runs without waiting for them, and they load beside the tab read, not after it.
 */
export function loadExtractor() {
  return import('../../utils/extract.ts');
}

/**
 * The form for a clip the server has, keeping the page's new selection as a further quote. A clip whose
 * record is blank (made from a context-menu quote) takes the record read from the page instead.
 */
function draftFromClip(clip: Clip, page: Draft | null): Draft {
  const quotes = [...new Set([...(clip.quotes ?? []), ...(page?.quotes ?? [])])];
  const record =
    page && isBlankRecord(clip.record)
      ? { ...recordFromDraft(page), title: clip.record.title }
      : { ...clip.record, evidence: clip.record.evidence ?? page?.evidence ?? {} };
  return draftFromRecord({
    clientId: crypto.randomUUID(),
    url: clip.url,
    text: clip.text || page?.text || '',
    title: clip.title,
    siteName: clip.siteName ?? page?.siteName,
    record,
    note: clip.note,
    quotes,
  });
}

export function App(props: { tab: Promise<TargetTab>; extractor: ReturnType<typeof loadExtractor> }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [captureError, setCaptureError] = useState<string | null>(null);
  const [memberships, setMemberships] = useState<Membership[]>([]);
  const [cohortId, setCohortId] = useState<number | null>(null);
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [cohortsLoaded, setCohortsLoaded] = useState(false);
  const [lookedUp, setLookedUp] = useState<LookupHit[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);
  const [saving, setSaving] = useState<Saving | null>(null);
  const [sent, setSent] = useState<Record<string, SentClip>>({});
  const [shown, setShown] = useState<Shown>(null);
  // A queued clip opened from the outbox list, and the page's form to go back to.
  const [editing, setEditing] = useState<OutboxEntry | null>(null);
  const pageDraft = useRef<Draft | null>(null);
  // Whether the user typed into the form: a saved clip arriving later never overwrites their typing.
  const dirty = useRef(false);
  const tabId = useRef<number | null>(null);
  const filledMarked = useRef(false);

  const cohorts = useMemo(() => clipCohorts(memberships), [memberships]);
  const hits = useMemo(() => hitsIn(lookedUp, memberships), [lookedUp, memberships]);
  const chosenHit = editing ? null : hitFor(hits, cohortId);
  const target = formTarget({ cohortId, cohorts, hits, editing: editing?.target });

  useEffect(() => {
    const unwatch = [
      followItem(outboxItem, (entries) => setOutbox(entries ?? []), { everyMs: 2_000 }),
      followItem(sentClipsItem, (next) => setSent(next ?? {})),
      membershipsItem.watch((next) => setMemberships(next ?? [])),
    ];
    void sendMessage('flushOutbox').catch(() => undefined);
    void capture();
    void loadCohorts();
    return () => unwatch.forEach((stop) => stop());
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
      const { draftFromPage } = await props.extractor;
      const { article, record, selection } = draftFromPage(page);
      const extracted = draftFromRecord({
        clientId: crypto.randomUUID(),
        url: article.canonicalUrl || page.url,
        text: article.text,
        title: article.title,
        siteName: article.siteName,
        record,
        quotes: selection ? [selection.slice(0, 5000)] : [],
      });
      // A saved clip may have been loaded while the page was read: it wins.
      setDraft((current) => current ?? extracted);
      pageDraft.current ??= extracted;
      void lookup([page.url, article.canonicalUrl]);
    } catch (err) {
      // The browser's own reason ("Cannot access contents of the page…") is English and technical: it goes to
      // the console, the user reads what to do.
      console.warn('Lokus could not read the tab:', err);
      setCaptureError(t('popup.captureFailed'));
    }
  }

  /** The account's cohorts as last stored (at once), then as the server says now (archived ones drop out). */
  async function loadCohorts() {
    const [token, last, stored] = await Promise.all([
      tokenItem.getValue(),
      lastCohortItem.getValue(),
      membershipsItem.getValue(),
    ]);
    setSignedIn(!!token);
    if (!token) return;
    // Stored before cohorts were kept: the last cohort stands in until the server answers.
    const known: Membership[] =
      stored.length || !last
        ? stored
        : [{ cohortId: last.id, cohortName: last.name, slug: '', role: 'widyaiswara' }];
    setMemberships(known);
    const preselect = (list: Membership[]) => keptCohort(last, list.filter(canClip))?.id ?? null;
    setCohortId((current) => current ?? preselect(known));
    const fresh = await refreshAccount();
    if (!fresh.ok) return;
    setCohortsLoaded(true);
    // The chosen cohort was archived or left meanwhile: fall back like the stored choice does.
    setCohortId((current) =>
      current != null && clipCohorts(fresh.memberships).some((c) => c.id === current)
        ? current
        : preselect(fresh.memberships),
    );
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
    setLookedUp(found);
    if (tabId.current != null) {
      void sendMessage('setClippedBadge', { tabId: tabId.current, clipped: found.length > 0 }).catch(
        () => undefined,
      );
    }
  }

  /** Opens the form on the clip the chosen cohort holds; leaves the form alone if the user typed meanwhile. */
  async function loadSaved(hit: LookupHit, force = false) {
    const res = await (await currentApi()).getClip(hit.clipId);
    if (!force && dirty.current) return;
    if (!res.ok) {
      setShown({ failed: hit.clipId });
      return;
    }
    dirty.current = false;
    setDraft((current) => draftFromClip(res.data, current ?? pageDraft.current));
    setShown({ clipId: hit.clipId });
    setErrors({});
  }

  // The chosen cohort holds this page: show its clip (once per clip, and never over the user's typing).
  useEffect(() => {
    if (!chosenHit || dirty.current) return;
    if (shown && 'clipId' in shown && shown.clipId === chosenHit.clipId) return;
    void loadSaved(chosenHit);
  }, [chosenHit?.clipId]);

  // Follow a save: the server has it once the background recorded its clip id and it left the outbox;
  // `failed` means the user must act. Anything else: still queued.
  useEffect(() => {
    if (!saving) return;
    const entry = outbox.find((e) => e.clientId === saving.clientId);
    if (entry?.state === 'failed') {
      setStatus({ kind: 'error', text: entry.error ? errorText(entry, t) : t('common.networkError') });
      return;
    }
    // The outbox turned a create into an update of the clip the cohort already held, or an edit of a
    // deleted clip into a new clip: report what happened, not what was asked.
    if (entry && entry.target.kind !== saving.target.kind) {
      setSaving({ ...saving, target: entry.target, becameUpdate: saving.target.kind === 'create' });
      return;
    }
    // Only a delivery after this save counts: an earlier one of the same clientId had the old values.
    const delivered = sent[saving.clientId];
    if (entry || !delivered || delivered.at < saving.since) return;
    const { clipId } = delivered;
    setSaving(null);
    const cohortName = saving.target.cohortName;
    setStatus({
      kind: 'ok',
      text: saving.becameUpdate
        ? t('popup.sentToExisting', { cohort: cohortName })
        : saving.target.kind === 'update'
          ? t('popup.savedUpdate', { cohort: cohortName })
          : t('popup.sent', { cohort: cohortName }),
    });
    // Saving again now updates the clip the server has, and the page shows as clipped there.
    dirty.current = false;
    setShown({ clipId });
    if (editing) return;
    const cohortIdSent = saving.target.cohortId;
    const membership = memberships.find((m) => m.cohortId === cohortIdSent);
    if (cohortIdSent != null && !lookedUp.some((h) => h.clipId === clipId)) {
      setLookedUp((prev) => [
        ...prev.filter((h) => h.cohortId !== cohortIdSent),
        { cohortId: cohortIdSent, cohortName, slug: membership?.slug ?? '', clipId },
      ]);
    }
    if (tabId.current != null) void sendMessage('setClippedBadge', { tabId: tabId.current, clipped: true });
  }, [outbox, sent, saving]);

  async function save() {
    if (!draft) return;
    const found = validateDraft(draft, target.kind === 'update' ? target.clipId : cohortId, t);
    setErrors(found);
    if (Object.keys(found).length) {
      setStatus({ kind: 'error', text: t('popup.invalid') });
      return;
    }
    const clip = clipFromDraft(draft);
    // An update sends the note even when emptied, so clearing it clears it on the server.
    if (target.kind === 'update') clip.note = draft.note.trim();
    setBusy(true);
    const since = Date.now();
    try {
      const cohort = cohorts.find((c) => c.id === cohortId);
      if (cohort && !editing) await lastCohortItem.setValue(cohort);
      const entry = await sendMessage('enqueueClip', { target, clip });
      setSaving({ clientId: entry.clientId, target, becameUpdate: false, since });
      setStatus({ kind: 'info', text: t('popup.queued') });
    } catch (err) {
      setStatus({ kind: 'error', text: String((err as Error)?.message ?? err) });
    } finally {
      setBusy(false);
    }
  }

  function chooseCohort(id: number) {
    if (id === cohortId) return;
    setCohortId(id);
    setSaving(null);
    setStatus(null);
    // A new clip in another cohort is another clip: it must not replace one queued for this cohort.
    // (A queued clip being edited keeps its id: it moves.)
    if (!editing) setDraft((current) => current && { ...current, clientId: crypto.randomUUID() });
    if (!hitFor(hits, id)) setShown(null);
  }

  function editQueued(entry: OutboxEntry) {
    if (!editing) pageDraft.current = draft;
    setEditing(entry);
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
    if (entry.target.cohortId != null) setCohortId(entry.target.cohortId);
    setSaving(null);
    setErrors({});
    setStatus(entry.error ? { kind: 'error', text: errorText(entry, t) } : null);
  }

  function backToPage() {
    setEditing(null);
    setDraft(pageDraft.current);
    setSaving(null);
    setStatus(null);
    setErrors({});
    dirty.current = false;
  }

  const openHit = async (hit: LookupHit) => {
    await browser.tabs.create({ url: `${await serverUrlItem.getValue()}/c/${encodeURIComponent(hit.slug)}` });
  };
  const pendingCount = outbox.length;

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
      {editing ? (
        <p class="notice" data-testid="editing-queued">
          {t('popup.editingQueued')}{' '}
          <button type="button" class="link" data-testid="back-to-page" onClick={backToPage}>
            {t('popup.backToPage')}
          </button>
        </p>
      ) : (
        <AlreadyClipped
          hits={hits}
          chosen={chosenHit}
          canClipInto={(hit) => cohorts.some((c) => c.id === hit.cohortId)}
          savedShown={!!chosenHit && !!shown && 'clipId' in shown && shown.clipId === chosenHit.clipId}
          loadFailed={!!chosenHit && !!shown && 'failed' in shown && shown.failed === chosenHit.clipId}
          onOpen={openHit}
          onLoad={(hit) => void loadSaved(hit, true)}
          onChoose={(hit) => chooseCohort(hit.cohortId)}
        />
      )}
      {captureError && <p class="error">{captureError}</p>}
      {!draft && !captureError && <p class="muted">{t('popup.capturing')}</p>}
      {draft && (
        <ReviewForm
          draft={draft}
          onChange={(next) => {
            dirty.current = true;
            setDraft(next);
          }}
          cohorts={cohorts}
          cohortId={cohortId}
          onCohortChange={chooseCohort}
          cohortLocked={editing?.target.kind === 'update'}
          updating={target.kind === 'update'}
          errors={errors}
          saving={busy}
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
