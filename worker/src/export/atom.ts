/**
 * A cohort's clips as an Atom 1.0 feed (RFC 4287) for any feed reader: one entry per clip, newest first, linking
 * to its page inside Lokus and to the source, its loci and note as the summary. Text is XML-escaped; nothing is
 * sent as HTML.
 */
import { lociLine } from '../../../shared/ui/format.ts';
import type { ClipSummary } from '../db/clips.ts';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or attribute; characters XML 1.0 forbids are dropped. */
function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

export interface CohortFeed {
  title: string;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  /** The cohort's reading list (rel="alternate"). */
  listUrl: string;
  /** An entry's page inside Lokus, which is also its stable id. */
  clipUrl: (clipId: number) => string;
  clips: readonly ClipSummary[];
}

/** The loci in one line, then the note. */
function summary(clip: ClipSummary): string {
  return [lociLine(clip.record.loci), clip.note].filter(Boolean).join('\n\n');
}

export function cohortAtom(feed: CohortFeed): string {
  const updated = feed.clips.reduce(
    (max, clip) => (clip.updatedAt > max ? clip.updatedAt : max),
    '1970-01-01T00:00:00.000Z',
  );
  const entries = feed.clips.map((clip) => {
    const page = feed.clipUrl(clip.id);
    const text = summary(clip);
    return [
      '  <entry>',
      `    <id>${xmlText(page)}</id>`,
      `    <title>${xmlText(clip.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(page)}"/>`,
      /^https?:\/\//i.test(clip.url) ? `    <link rel="related" href="${xmlText(clip.url)}"/>` : '',
      `    <published>${xmlText(clip.createdAt)}</published>`,
      `    <updated>${xmlText(clip.updatedAt)}</updated>`,
      `    <author><name>${xmlText(clip.createdBy.name)}</name></author>`,
      text ? `    <summary type="text">${xmlText(text)}</summary>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.listUrl)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.listUrl)}"/>`,
    `  <updated>${xmlText(updated)}</updated>`,
    '  <generator>Lokus</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
