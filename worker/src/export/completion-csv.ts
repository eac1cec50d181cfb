/**
 * The completion view as CSV: one row per participant, one column per required clip holding the time it was
 * read (empty when not yet), the participant's total last, and a final row with each clip's total.
 */
import type { Completion } from '../completion.ts';
import type { Lang } from '../i18n.ts';
import { csvDocument } from './csv.ts';

const WORDS = {
  id: { participant: 'Peserta', total: 'Jumlah dibaca', perClip: 'Jumlah pembaca' },
  en: { participant: 'Participant', total: 'Read', perClip: 'Readers' },
} as const;

export function completionCsv(completion: Completion, lang: Lang): string {
  const w = WORDS[lang];
  const header = [
    w.participant,
    ...completion.required.map((clip) => `${clip.position}. ${clip.title}`),
    w.total,
  ];
  const rows = completion.participants.map((participant) => {
    const readAt = new Map(participant.read.map((mark) => [mark.clipId, mark.readAt]));
    return [
      participant.name,
      ...completion.required.map((clip) => readAt.get(clip.clipId) ?? ''),
      `${participant.read.length}/${completion.required.length}`,
    ];
  });
  const totals = [w.perClip, ...completion.required.map((clip) => clip.readBy), ''];
  return csvDocument(header, [...rows, totals]);
}
