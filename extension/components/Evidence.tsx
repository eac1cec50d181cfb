/**
 * The sentence a prefilled field was read from, with the field's value marked in it. Text only. The form
 * shows it inside a slot of fixed height (`.evidence-slot`), so it never changes the layout around it.
 */
import type { Evidence } from '../../shared/schema/index.ts';
import { useT } from './I18n.tsx';

export function EvidenceNote(props: { field: string; evidence: Evidence; value: string }) {
  const t = useT();
  const { sentence } = props.evidence;
  const at = props.value.trim() ? sentence.toLowerCase().indexOf(props.value.trim().toLowerCase()) : -1;
  return (
    <aside class="evidence" data-testid="evidence" data-field={props.field} role="note">
      <span class="muted">{t('field.evidenceFrom')}</span>{' '}
      <q>
        {at < 0 ? (
          sentence
        ) : (
          <>
            {sentence.slice(0, at)}
            <mark>{sentence.slice(at, at + props.value.trim().length)}</mark>
            {sentence.slice(at + props.value.trim().length)}
          </>
        )}
      </q>
    </aside>
  );
}
