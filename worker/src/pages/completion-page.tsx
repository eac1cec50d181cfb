/**
 * GET /c/:slug/kemajuan: who has read which required clip, for the cohort's widyaiswara and organisers —
 * participants in rows, required clips in columns (read date or not yet), totals per participant and per clip.
 */
import { formatDate } from '../../../shared/ui/format.ts';
import type { Completion } from '../completion.ts';
import type { CohortRow } from '../db/cohorts.ts';
import type { Lang } from '../i18n.ts';
import { consoleStrings } from './console-strings.ts';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';
import { pageStrings } from './strings.ts';

export interface CompletionPageProps {
  lang: Lang;
  cohort: CohortRow;
  viewer: { name: string };
  completion: Completion;
}

export function CompletionPage({ lang, cohort, viewer, completion }: CompletionPageProps) {
  const p = pageStrings(lang);
  const s = consoleStrings(lang);
  const { required, participants } = completion;
  return (
    <Layout
      lang={lang}
      title={`${s.completionTitle} · ${cohort.name} · Lokus`}
      here={paths.completion(cohort.slug)}
      viewer={viewer}
      wide
    >
      <header class="top">
        <div>
          <p class="sub">
            <a href={paths.cohort(cohort.slug)}>{cohort.name}</a>
          </p>
          <h1>{s.completionTitle}</h1>
        </div>
        <p class="links">
          <a href={paths.manage(cohort.slug)}>{s.manage}</a>
          <a href={paths.completionCsv(cohort.id)}>{s.downloadCsv}</a>
        </p>
      </header>
      {!required.length ? (
        <p class="empty">{s.noRequired}</p>
      ) : !participants.length ? (
        <p class="empty">{s.noParticipants}</p>
      ) : (
        <div class="table-wrap">
          <table class="completion">
            <thead>
              <tr>
                <th scope="col">{s.participant}</th>
                {required.map((clip) => (
                  <th scope="col" key={clip.clipId}>
                    <a href={paths.clip(cohort.slug, clip.clipId)}>
                      {clip.position}. {clip.title}
                    </a>
                    {clip.dueDate ? <div class="status">{s.due(formatDate(clip.dueDate, lang))}</div> : null}
                  </th>
                ))}
                <th scope="col" class="num">
                  {s.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => {
                const readAt = new Map(participant.read.map((mark) => [mark.clipId, mark.readAt]));
                return (
                  <tr key={participant.memberId} data-member={participant.memberId}>
                    <th scope="row">{participant.name}</th>
                    {required.map((clip) => {
                      const at = readAt.get(clip.clipId);
                      return (
                        <td class="mark" key={clip.clipId} data-read={at ? '1' : '0'}>
                          {at ? `✓ ${formatDate(at, lang)}` : '—'}
                        </td>
                      );
                    })}
                    <td class="num">
                      {participant.read.length}/{required.length}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{s.readers}</th>
                {required.map((clip) => (
                  <td class="num" key={clip.clipId} data-readers={clip.readBy}>
                    {clip.readBy}/{participants.length}
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p class="status">
        <a href={paths.cohort(cohort.slug)}>{p.openReadingList}</a>
      </p>
    </Layout>
  );
}
