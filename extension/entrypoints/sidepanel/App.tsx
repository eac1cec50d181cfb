/**
 * The side panel: the chosen cohort's reading list, searchable, rendered with the same Preact
 * components as the participants' page (shared/ui). Read-only; clipping stays in the popup.
 */
import { useEffect, useState } from 'preact/hooks';
import { ReadingList } from '../../../shared/ui/index.ts';
import { useLanguage, useT } from '../../components/I18n.tsx';
import { SignInNotice } from '../../components/SignInNotice.tsx';
import type { ClipSummary } from '../../utils/api.ts';
import { currentApi } from '../../utils/session.ts';
import { lastCohortItem, tokenItem, type CohortChoice } from '../../utils/storage.ts';

export function App() {
  const t = useT();
  const language = useLanguage();
  const [cohorts, setCohorts] = useState<CohortChoice[]>([]);
  const [cohortId, setCohortId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [clips, setClips] = useState<ClipSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(true);
  const [cohortsLoaded, setCohortsLoaded] = useState(false);

  useEffect(() => {
    void (async () => {
      const [token, last] = await Promise.all([tokenItem.getValue(), lastCohortItem.getValue()]);
      setSignedIn(!!token);
      if (last) {
        setCohorts([last]);
        setCohortId(last.id);
      }
      if (!token) return;
      const res = await (await currentApi()).cohorts();
      if (!res.ok) return setError(res.status === 0 ? t('common.networkError') : res.error.message);
      setCohorts(res.data.items.map((c) => ({ id: c.id, name: c.name })));
      setCohortsLoaded(true);
      if (!last || !res.data.items.some((c) => c.id === last.id)) setCohortId(res.data.items[0]?.id ?? null);
    })();
    // The popup may switch cohorts while the panel is open.
    return lastCohortItem.watch((next) => next && setCohortId(next.id));
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

  async function more() {
    if (cohortId == null || !cursor) return;
    const res = await (await currentApi()).listClips(cohortId, { q: query.trim() || undefined, cursor });
    if (!res.ok) return;
    setClips((prev) => [...(prev ?? []), ...res.data.items]);
    setCursor(res.data.nextCursor);
  }

  return (
    <main class="page sidepanel">
      <h1>{t('sidepanel.heading')}</h1>
      <SignInNotice signedIn={signedIn} noCohorts={cohortsLoaded && cohorts.length === 0} />
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
              const chosen = cohorts.find((c) => c.id === id);
              if (chosen) void lastCohortItem.setValue(chosen);
            }}
          >
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
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
      {error && <p class="error">{error}</p>}
      <div data-testid="reading-list" aria-busy={clips === null}>
        {clips === null ? (
          signedIn && !error && cohortId != null && <p class="muted">{t('common.loading')}</p>
        ) : (
          <ReadingList clips={clips} lang={language} searching={!!query.trim()} />
        )}
      </div>
      {cursor && (
        <button type="button" class="more" onClick={more}>
          {t('sidepanel.more')}
        </button>
      )}
    </main>
  );
}
