/**
 * The side panel: the reading list of any cohort the account belongs to, searchable, rendered with the
 * same Preact components as the participants' page (shared/ui). Region headings count the whole cohort
 * (`/api/cohorts/:id/regions`), not only the page of clips loaded. Read-only; clipping stays in the popup.
 */
import { useEffect, useState } from 'preact/hooks';
import { ReadingList } from '../../../shared/ui/index.ts';
import { useLanguage, useT } from '../../components/I18n.tsx';
import { SignInNotice } from '../../components/SignInNotice.tsx';
import { keptCohort, refreshAccount } from '../../utils/account.ts';
import type { ClipSummary, RegionCounts } from '../../utils/api.ts';
import { regionCounter } from '../../../shared/ui/region-counts.ts';
import { currentApi } from '../../utils/session.ts';
import { lastCohortItem, membershipsItem, tokenItem, type Membership } from '../../utils/storage.ts';

export function App() {
  const t = useT();
  const language = useLanguage();
  const [memberships, setMemberships] = useState<Membership[]>([]);
  const [cohortId, setCohortId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [clips, setClips] = useState<ClipSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [counts, setCounts] = useState<{ cohortId: number; counts: RegionCounts } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(true);
  const [cohortsLoaded, setCohortsLoaded] = useState(false);

  useEffect(() => {
    void (async () => {
      const [token, last, stored] = await Promise.all([
        tokenItem.getValue(),
        lastCohortItem.getValue(),
        membershipsItem.getValue(),
      ]);
      setSignedIn(!!token);
      if (!token) return;
      const known: Membership[] =
        stored.length || !last
          ? stored
          : [{ cohortId: last.id, cohortName: last.name, slug: '', role: 'widyaiswara' }];
      setMemberships(known);
      setCohortId(keptCohort(last, known)?.id ?? null);
      const fresh = await refreshAccount();
      if (!fresh.ok) {
        if (fresh.status !== 0) setError(fresh.message);
        else if (!known.length) setError(t('common.networkError'));
        return;
      }
      setCohortsLoaded(true);
      // An archived or left cohort leaves the list; the panel moves to the one kept for the popup.
      setCohortId((current) =>
        current != null && fresh.memberships.some((m) => m.cohortId === current)
          ? current
          : (keptCohort(last, fresh.memberships)?.id ?? null),
      );
    })();
    const unwatch = [
      membershipsItem.watch((next) => setMemberships(next ?? [])),
      // The popup may switch cohorts while the panel is open.
      lastCohortItem.watch((next) => next && setCohortId(next.id)),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  // Search as the user types, a moment after the last key.
  useEffect(() => {
    if (cohortId == null) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const res = await (await currentApi()).listClips(cohortId, { q: query.trim() || undefined });
      if (stale) return;
      if (!res.ok) return setError(res.status === 0 ? t('common.networkError') : res.error.message);
      setError(null);
      setClips(res.data.items);
      setCursor(res.data.nextCursor);
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [cohortId, query]);

  // The whole cohort's counts per region, once per cohort shown.
  useEffect(() => {
    if (cohortId == null) return;
    let stale = false;
    void (async () => {
      const res = await (await currentApi()).regionCounts(cohortId);
      if (!stale && res.ok) setCounts({ cohortId, counts: res.data });
    })();
    return () => {
      stale = true;
    };
  }, [cohortId]);

  async function more() {
    if (cohortId == null || !cursor) return;
    const res = await (await currentApi()).listClips(cohortId, { q: query.trim() || undefined, cursor });
    if (!res.ok) return;
    setClips((prev) => [...(prev ?? []), ...res.data.items]);
    setCursor(res.data.nextCursor);
  }

  const cohortCounts = counts?.cohortId === cohortId ? counts.counts : null;
  const searching = !!query.trim();
  // A search lists its matches: the whole cohort's counts would not describe them.
  const countOf = cohortCounts && !searching ? regionCounter(cohortCounts) : undefined;

  return (
    <main class="page sidepanel">
      <h1>{t('sidepanel.heading')}</h1>
      <SignInNotice signedIn={signedIn} noCohorts={cohortsLoaded && memberships.length === 0} />
      <div class="row">
        <div class="field">
          <label for="sidepanel-cohort">{t('sidepanel.cohort')}</label>
          <select
            id="sidepanel-cohort"
            data-testid="sidepanel-cohort"
            value={cohortId ?? ''}
            onChange={(e) => {
              const id = Number(e.currentTarget.value);
              setCohortId(id);
              setClips(null);
              setCursor(null);
              const chosen = memberships.find((m) => m.cohortId === id);
              if (chosen) void lastCohortItem.setValue({ id: chosen.cohortId, name: chosen.cohortName });
            }}
          >
            {memberships.map((m) => (
              <option key={m.cohortId} value={m.cohortId}>
                {m.cohortName}
              </option>
            ))}
          </select>
        </div>
      </div>
      <input
        type="search"
        data-testid="search"
        aria-label={t('sidepanel.search')}
        placeholder={t('sidepanel.search')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {cohortCounts && clips && !searching && (
        <p class="muted" data-testid="sidepanel-total">
          {clips.length < cohortCounts.total
            ? t('sidepanel.loadedOf', { loaded: clips.length, total: cohortCounts.total })
            : t('sidepanel.total', { total: cohortCounts.total })}
        </p>
      )}
      {error && <p class="error">{error}</p>}
      <div data-testid="reading-list" aria-busy={clips === null}>
        {clips === null ? (
          signedIn && !error && cohortId != null && <p class="muted">{t('common.loading')}</p>
        ) : (
          <ReadingList clips={clips} lang={language} searching={searching} countOf={countOf} />
        )}
      </div>
      {cursor && (
        <button type="button" class="more" data-testid="sidepanel-more" onClick={more}>
          {t('sidepanel.more')}
        </button>
      )}
    </main>
  );
}
