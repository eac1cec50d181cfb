/** One visited place in the review form: its region, the agency there and the innovations shown. */
import type { LocusDraft } from '../utils/draft.ts';
import { ChipInput } from './ChipInput.tsx';
import { useT } from './I18n.tsx';
import { RegionInput } from './RegionInput.tsx';

export interface EvidenceHooks {
  onFocusIn: () => void;
  onFocusOut: () => void;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
}

export function LocusRow(props: {
  index: number;
  locus: LocusDraft;
  onChange: (locus: LocusDraft) => void;
  onRemove: () => void;
  regionError?: string;
  hooks: (field: string) => EvidenceHooks;
  showEvidence: (field: string | null) => void;
}) {
  const t = useT();
  const { index, locus } = props;
  const base = `locus-${index}`;
  return (
    <li class="locus" data-testid="locus">
      <div class="locus-head">
        <span class="locus-number">{t('field.locusNumber', { n: index + 1 })}</span>
        <button type="button" class="link danger" data-testid="locus-remove" onClick={props.onRemove}>
          {t('field.removeLocus')}
        </button>
      </div>
      <div class="field" {...props.hooks(`loci.${index}.agency`)}>
        <label for={`${base}-agency`}>{t('field.agency')}</label>
        <input
          id={`${base}-agency`}
          data-testid="locus-agency"
          type="text"
          value={locus.agency}
          onInput={(e) => props.onChange({ ...locus, agency: e.currentTarget.value })}
        />
      </div>
      <div class="field" {...props.hooks(`loci.${index}.region`)}>
        <label for={`${base}-region`}>{t('field.locusRegion')}</label>
        <RegionInput
          id={`${base}-region`}
          testId="locus-region"
          value={locus.region}
          invalid={!!props.regionError}
          onChange={(region) => props.onChange({ ...locus, region })}
        />
        {props.regionError && <p class="error">{props.regionError}</p>}
      </div>
      <div class="field">
        <label for={`${base}-innovation`}>{t('field.innovations')}</label>
        <ChipInput
          id={`${base}-innovation`}
          values={locus.innovations}
          onChange={(innovations) => props.onChange({ ...locus, innovations })}
          onShowEvidence={(i) => props.showEvidence(i === null ? null : `loci.${index}.innovations.${i}`)}
        />
      </div>
    </li>
  );
}
