/**
 * Where the page is already clipped, across every cohort of the account: in the chosen cohort (saving
 * updates that clip, and the form shows it) and in others (open them, or choose one to update it there).
 */
import type { LookupHit } from '../utils/api.ts';
import { useT } from './I18n.tsx';

export function AlreadyClipped(props: {
  hits: LookupHit[];
  /** The hit in the chosen cohort, if any. */
  chosen: LookupHit | null;
  canClipInto: (hit: LookupHit) => boolean;
  /** The form shows the chosen hit's saved clip. */
  savedShown: boolean;
  /** Reading the chosen hit's clip failed. */
  loadFailed: boolean;
  onOpen: (hit: LookupHit) => void;
  onLoad: (hit: LookupHit) => void;
  onChoose: (hit: LookupHit) => void;
}) {
  const t = useT();
  if (!props.hits.length) return null;
  const others = props.hits.filter((hit) => hit !== props.chosen);
  const open = (hit: LookupHit) => (
    <button type="button" class="link" data-testid="already-open" onClick={() => props.onOpen(hit)}>
      {t('common.open')}
    </button>
  );
  return (
    <div class="already" data-testid="already-clipped" role="status">
      {props.chosen && (
        <div class="already-hit here" data-testid="already-here" data-cohort-id={props.chosen.cohortId}>
          <span>{t('popup.clippedHere', { cohort: props.chosen.cohortName })}</span>
          <span class="already-actions">
            {open(props.chosen)}
            {!props.savedShown && (
              <button
                type="button"
                class="link"
                data-testid="already-load"
                onClick={() => props.onLoad(props.chosen!)}
              >
                {t('popup.loadSaved')}
              </button>
            )}
          </span>
          {props.loadFailed && <span class="muted">{t('popup.loadFailed')}</span>}
        </div>
      )}
      {others.map((hit) => (
        <div
          key={hit.clipId}
          class="already-hit"
          data-testid="already-elsewhere"
          data-cohort-id={hit.cohortId}
        >
          <span>{t('popup.clippedElsewhere', { cohort: hit.cohortName })}</span>
          <span class="already-actions">
            {open(hit)}
            {props.canClipInto(hit) && (
              <button
                type="button"
                class="link"
                data-testid="already-choose"
                onClick={() => props.onChoose(hit)}
              >
                {t('popup.chooseCohort')}
              </button>
            )}
          </span>
        </div>
      ))}
    </div>
  );
}
