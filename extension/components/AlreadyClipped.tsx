/** "Sudah dikliping di …": the page is in one of the user's cohorts; open it or update that clip. */
import type { LookupHit } from '../utils/api.ts';
import { useT } from './I18n.tsx';

export function AlreadyClipped(props: {
  hits: LookupHit[];
  updating: boolean;
  onOpen: (hit: LookupHit) => void;
  onUpdate: (hit: LookupHit) => void;
}) {
  const t = useT();
  if (!props.hits.length) return null;
  return (
    <div class="already" data-testid="already-clipped" role="status">
      {props.hits.map((hit) => (
        <div key={hit.clipId} class="already-hit">
          <span>
            {props.updating
              ? t('popup.updating', { cohort: hit.cohortName })
              : t('popup.alreadyClipped', { cohort: hit.cohortName })}
          </span>
          <span class="already-actions">
            <button type="button" class="link" data-testid="already-open" onClick={() => props.onOpen(hit)}>
              {t('common.open')}
            </button>
            {!props.updating && (
              <button
                type="button"
                class="link"
                data-testid="already-update"
                onClick={() => props.onUpdate(hit)}
              >
                {t('common.update')}
              </button>
            )}
          </span>
        </div>
      ))}
    </div>
  );
}
