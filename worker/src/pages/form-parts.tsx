/** Form pieces the console's pages share: a labelled field with its error beside it, a copyable value, notices. */
import type { ComponentChildren } from 'preact';

export type FieldErrors = Partial<Record<string, string>>;

export interface FieldProps {
  name: string;
  label: string;
  value?: string | number | null;
  type?: 'text' | 'date' | 'number' | 'search';
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  placeholder?: string;
  autocomplete?: string;
  /** Form-field id prefix, so one page can hold the same field twice. */
  idPrefix?: string;
}

/** A labelled input; its error (in the page's language) is said beside it and tied to it for screen readers. */
export function Field({
  name,
  label,
  value,
  type = 'text',
  errors,
  hint,
  idPrefix = 'f',
  ...rest
}: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const error = errors?.[name];
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        type={type}
        id={id}
        name={name}
        value={value ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        {...rest}
      />
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A read-only value with a copy button (shown when the page's script runs). */
export function CopyField(props: { id: string; label: string; value: string; copy: string; copied: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <div class="copy-row">
        <input type="text" id={props.id} class="token" value={props.value} readOnly />
        <button type="button" class="quiet" data-copy={props.id} data-copied={props.copied} hidden>
          {props.copy}
        </button>
      </div>
    </div>
  );
}

export function Notice({ children, ok }: { children: ComponentChildren; ok?: boolean }) {
  return (
    <p class={ok ? 'notice ok' : 'notice'} role="status">
      {children}
    </p>
  );
}
