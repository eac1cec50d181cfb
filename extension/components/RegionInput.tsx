/**
 * Host-region input with autocomplete over the gazetteer: typing searches official names, choosing one
 * stores its Kemendagri code, shown beside the name. Typing an exact official name and leaving the field
 * counts as choosing it.
 */
import { useMemo, useState } from 'preact/hooks';
import { regionByName, searchRegions } from '../../shared/regions/index.ts';
import { regionFromCode, type RegionValue } from '../utils/draft.ts';
import { useT } from './I18n.tsx';

export function RegionInput(props: {
  id: string;
  testId: string;
  value: RegionValue;
  onChange: (value: RegionValue) => void;
  invalid?: boolean;
  onFocus?: () => void;
  onBlur?: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(
    () => (open && props.value.name.trim() && !props.value.code ? searchRegions(props.value.name, 8) : []),
    [open, props.value.name, props.value.code],
  );
  const listId = `${props.id}-options`;
  const codeId = `${props.id}-code`;

  const choose = (code: string) => {
    const region = regionFromCode(code);
    if (region) props.onChange(region);
    setOpen(false);
  };

  return (
    <div class="region-input">
      <input
        id={props.id}
        data-testid={props.testId}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.value.code ? codeId : undefined}
        placeholder={t('field.regionPlaceholder')}
        value={props.value.name}
        data-region-code={props.value.code ?? ''}
        onInput={(e) => {
          props.onChange({ name: e.currentTarget.value, code: null, province: null });
          setOpen(true);
          setActive(0);
        }}
        onFocus={props.onFocus}
        onBlur={() => {
          // Let a click on an option land before the list closes.
          setTimeout(() => setOpen(false), 150);
          if (!props.value.code && props.value.name.trim()) {
            const exact = regionByName(props.value.name);
            if (exact) choose(exact.code);
          }
          props.onBlur?.();
        }}
        onKeyDown={(e) => {
          if (!options.length) return;
          if (e.key === 'ArrowDown') setActive((i) => Math.min(options.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter') choose(options[active]!.code);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {props.value.code && (
        <span
          id={codeId}
          class="region-code"
          data-testid={`${props.testId}-code`}
          title={t('field.regionCode')}
        >
          <span class="visually-hidden">{t('field.regionCode')} </span>
          {props.value.code}
        </span>
      )}
      {options.length > 0 && (
        <ul id={listId} role="listbox" class="region-options">
          {options.map((region, i) => (
            <li
              key={region.code}
              role="option"
              data-testid="region-option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(region.code);
              }}
            >
              {region.name}
              {region.kind !== 'provinsi' && <span class="muted"> · {region.province}</span>}
              <span class="muted option-code">{region.code}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
