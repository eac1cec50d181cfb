/**
 * GET /c/:slug/k/:id: one clip read inside Lokus — the text Lokus stored (the cohort's archive, readable when
 * the source site moves or dies), its loci, the source link and the read button; for the cohort's widyaiswara
 * and organisers also required reading (due date, order), editing and deleting.
 */
import { formatDate, hostOf, locusRegionName, safeHref } from '../../../shared/ui/format.ts';
import { UI_STRINGS } from '../../../shared/ui/strings.ts';
import type { AssignmentRow } from '../db/assignments.ts';
import type { Clip } from '../db/clips.ts';
import type { CohortRole, CohortRow } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { consoleStrings, type NoticeKey } from './console-strings.ts';
import { Field, Notice, type FieldErrors } from './form-parts.tsx';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';

export interface ClipPageProps {
  lang: Lang;
  cohort: CohortRow;
  role: CohortRole;
  viewer: { name: string };
  clip: Clip;
  required: AssignmentRow | null;
  notice?: NoticeKey | null;
  /** A refused required-reading form, with what was typed. */
  requiredForm?: { values: Record<string, string>; errors: FieldErrors };
}

/** The stored text as paragraphs (blank lines, or single line breaks in text that has no blank lines). */
function paragraphs(text: string): string[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split(/\n/);
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export function ClipPage(props: ClipPageProps) {
  const { lang, cohort, role, viewer, clip, required, notice, requiredForm } = props;
  const t = UI_STRINGS[lang];
  const s = consoleStrings(lang);
  const here = paths.clip(cohort.slug, clip.id);
  const source = clip.siteName || hostOf(clip.url);
  const original = safeHref(clip.url);
  const staff = role !== 'participant';
  const { record } = clip;
  const facts = [
    record.publishedAt ? `${t.published} ${formatDate(record.publishedAt, lang)}` : null,
    [record.program, record.cohortLabel].filter(Boolean).join(' '),
    record.organiser,
  ].filter(Boolean);
  const text = paragraphs(clip.text);
  return (
    <Layout lang={lang} title={`${clip.title} · ${cohort.name} · Lokus`} here={here} viewer={viewer}>
      <p class="sub">
        <a href={paths.cohort(cohort.slug)}>{s.backToList}</a> · {cohort.name}
      </p>
      {notice ? <Notice ok>{s.notices[notice]}</Notice> : null}
      <h1>{clip.title}</h1>
      <div class="meta">
        {required ? (
          <span class="badge">
            {t.required} #{required.position}
            {required.due_date ? ` · ${t.due(formatDate(required.due_date, lang))}` : ''}
          </span>
        ) : null}
        {source ? (
          <span>
            {t.source}: {source}
          </span>
        ) : null}
        {facts.map((fact) => (
          <span>{fact}</span>
        ))}
        <span class={clip.read ? 'read-state done' : 'read-state'}>
          {clip.read ? `✓ ${t.read}` : t.unread}
        </span>
      </div>
      <p class="sub">{s.clippedBy(clip.createdBy.name, formatDate(clip.createdAt, lang))}</p>
      <div class="controls">
        <form method="post" action={paths.readClip(cohort.slug, clip.id)}>
          <input type="hidden" name="read" value={clip.read ? '0' : '1'} />
          <input type="hidden" name="back" value={here} />
          <button type="submit">{clip.read ? t.markUnread : t.markRead}</button>
        </form>
        {original ? (
          <a class="button quiet" href={original} target="_blank" rel="noopener noreferrer nofollow">
            {s.openSource} ↗
          </a>
        ) : null}
        {staff ? (
          <a class="button quiet" href={paths.editClip(cohort.slug, clip.id)}>
            {s.edit}
          </a>
        ) : null}
      </div>
      {record.loci.length ? (
        <section class="card" aria-labelledby="loci-title">
          <h2 id="loci-title">{s.loci}</h2>
          {record.loci.map((locus, i) => (
            <div class="locus" key={i}>
              <h3>
                {[locus.agency, locusRegionName(locus)].filter(Boolean).join(' · ') || '—'}
                {locus.regionCode ? <span class="province"> · {locus.regionCode}</span> : null}
              </h3>
              {locus.innovations.length ? (
                <ul class="innovations" aria-label={t.innovations}>
                  {locus.innovations.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
      {clip.note ? (
        <p class="note">
          <strong>{t.note}:</strong> {clip.note}
        </p>
      ) : null}
      {clip.quotes.length ? (
        <section>
          <h2>{t.quotes}</h2>
          {clip.quotes.map((quote) => (
            <blockquote>{quote}</blockquote>
          ))}
        </section>
      ) : null}
      <article class="reader" aria-label={s.storedText}>
        <p class="hint">{s.storedTextHint}</p>
        {text.length ? text.map((paragraph) => <p>{paragraph}</p>) : <p class="status">{s.noStoredText}</p>}
      </article>
      {staff ? (
        <RequiredForm lang={lang} cohort={cohort} clipId={clip.id} required={required} form={requiredForm} />
      ) : null}
    </Layout>
  );
}

interface RequiredFormProps {
  lang: Lang;
  cohort: CohortRow;
  clipId: number;
  required: AssignmentRow | null;
  form?: { values: Record<string, string>; errors: FieldErrors };
}

function RequiredForm({ lang, cohort, clipId, required, form }: RequiredFormProps) {
  const s = consoleStrings(lang);
  const action = paths.requireClip(cohort.slug, clipId);
  return (
    <section class="card required" aria-labelledby="required-form-title">
      <h2 id="required-form-title">{s.requiredTitle}</h2>
      <form method="post" action={action}>
        <input type="hidden" name="action" value="set" />
        <div class="grid">
          <Field
            name="dueDate"
            label={s.dueDate}
            type="date"
            value={form ? form.values.dueDate : required?.due_date}
            errors={form?.errors}
            idPrefix="req"
          />
          <Field
            name="position"
            label={s.position}
            type="number"
            min={1}
            value={form ? form.values.position : required?.position}
            errors={form?.errors}
            idPrefix="req"
          />
        </div>
        <p class="controls">
          <button type="submit">{required ? s.updateRequired : s.makeRequired}</button>
        </p>
      </form>
      {required ? (
        <form method="post" action={action}>
          <input type="hidden" name="action" value="unset" />
          <button type="submit" class="danger">
            {s.unrequire}
          </button>
        </form>
      ) : null}
    </section>
  );
}
