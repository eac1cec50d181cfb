/** Innovations as chips: each removable, new ones typed and added with Enter or a comma. */
import { useState } from 'preact/hooks';
import { useT } from './I18n.tsx';

export function ChipInput(props: {
  id: string;
  values: string[];
  onChange: (values: string[]) => void;
  onShowEvidence?: (index: number | null) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const add = (raw: string) => {
    const value = raw.replace(/,/g, ' ').trim();
    if (value && !props.values.some((v) => v.toLowerCase() === value.toLowerCase())) {
      props.onChange([...props.values, value]);
    }
    setText('');
  };
  return (
    <div class="chips">
      {props.values.map((value, i) => (
        <span
          key={value}
          class="chip"
          data-testid="innovation-chip"
          tabIndex={0}
          onMouseEnter={() => props.onShowEvidence?.(i)}
          onMouseLeave={() => props.onShowEvidence?.(null)}
          onFocus={() => props.onShowEvidence?.(i)}
        >
          {value}
          <button
            type="button"
            class="chip-remove"
            data-testid="innovation-remove"
            aria-label={t('field.removeInnovation', { name: value })}
            title={t('field.removeInnovation', { name: value })}
            onClick={() => props.onChange(props.values.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        id={props.id}
        data-testid="innovation-input"
        type="text"
        value={text}
        placeholder={t('field.addInnovation')}
        onInput={(e) => {
          const value = e.currentTarget.value;
          if (value.includes(',')) add(value);
          else setText(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && !text && props.values.length) {
            props.onChange(props.values.slice(0, -1));
          }
        }}
        onBlur={() => text.trim() && add(text)}
      />
    </div>
  );
}
