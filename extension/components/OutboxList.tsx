/**
 * The clips not yet on the server: waiting ones with their last error, failed ones with the server's
 * message; an edit of a clip deleted meanwhile offers to save it as a new clip instead of a retry.
 */
import { fieldLabelKey } from '../utils/draft.ts';
import type { Translate } from '../utils/i18n.ts';
import { isDeletedClip, type OutboxEntry, type OutboxError } from '../utils/outbox.ts';
import { useT } from './I18n.tsx';

/**
 * The browser's own "Failed to fetch" is English and says nothing, and "not found" on an edit does not say
 * what to do: the user reads ours.
 */
export function errorText(entry: Pick<OutboxEntry, 'target' | 'error'>, t: Translate): string {
  const error = entry.error as OutboxError;
  if (isDeletedClip(entry)) return t('outbox.clipDeleted', { cohort: entry.target.cohortName || '—' });
  const unreachable = error.status === 0 && (error.code === 'network' || error.code === 'timeout');
  return unreachable ? t('common.networkError') : error.message;
}

/** `record.participants` → "Jumlah peserta": the form's label for a server-side field path. */
function fieldLabel(path: string, t: Translate): string {
  const key = fieldLabelKey(path);
  return key ? t(key) : path;
}

export function OutboxList(props: {
  entries: OutboxEntry[];
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  onSaveAsNew: (clientId: string) => void;
  onEdit: (entry: OutboxEntry) => void;
  onSendNow: () => void;
}) {
  const t = useT();
  if (!props.entries.length) return null;
  return (
    <section class="outbox" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">
        {t('outbox.heading')}{' '}
        <span class="muted">({t('outbox.waiting', { count: props.entries.length })})</span>
      </h2>
      <ul>
        {props.entries.map((entry) => (
          <li
            key={entry.clientId}
            data-testid="outbox-item"
            data-state={entry.state}
            data-client-id={entry.clientId}
          >
            <div class="outbox-title">{entry.clip.title}</div>
            <div class="muted">
              {entry.target.cohortName || '—'} ·{' '}
              {entry.target.kind === 'update' && `${t('outbox.update')} · `}
              <span class={`outbox-state ${entry.state}`}>
                {entry.state === 'failed' ? t('outbox.failed') : t('outbox.pending')}
              </span>
              {entry.state === 'pending' &&
                entry.attempts > 0 &&
                ` · ${t('outbox.nextAttempt', { attempts: entry.attempts + 1 })}`}
              {entry.clip.quotes?.length && !entry.clip.record.loci.length ? ` · ${t('outbox.quote')}` : ''}
            </div>
            {entry.error && (
              <p class={entry.state === 'failed' ? 'error' : 'muted'} data-testid="outbox-error">
                {errorText(entry, t)}
                {entry.error.issues?.map((issue) => (
                  <span key={issue.path} class="issue">
                    {' '}
                    {fieldLabel(issue.path, t)}: {issue.message}
                  </span>
                ))}
              </p>
            )}
            <div class="outbox-actions">
              {isDeletedClip(entry) ? (
                <button
                  type="button"
                  data-testid="outbox-save-as-new"
                  onClick={() => props.onSaveAsNew(entry.clientId)}
                >
                  {t('outbox.saveAsNew')}
                </button>
              ) : (
                <button
                  type="button"
                  data-testid="outbox-retry"
                  onClick={() => props.onRetry(entry.clientId)}
                >
                  {t('common.retry')}
                </button>
              )}
              <button type="button" data-testid="outbox-edit" onClick={() => props.onEdit(entry)}>
                {t('common.edit')}
              </button>
              <button
                type="button"
                class="danger"
                data-testid="outbox-discard"
                onClick={() => props.onDiscard(entry.clientId)}
              >
                {t('common.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {props.entries.some((e) => e.state === 'pending') && (
        <button type="button" data-testid="outbox-send-now" onClick={props.onSendNow}>
          {t('outbox.sendNow')}
        </button>
      )}
    </section>
  );
}
