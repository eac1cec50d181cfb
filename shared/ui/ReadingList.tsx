/**
 * The cohort reading list as Preact markup: grouped (regions, their loci, the clips under each) or flat (newest
 * first, each clip with its loci in a line). Props in, markup out — no DOM, no fetch — so the worker renders it
 * to a string and the extension's side panel mounts it as is. Every clip text goes through JSX, which escapes it.
 */
import type { ComponentChildren } from 'preact';
import { formatDate, hostOf, lociLine, safeHref } from './format.ts';
import {
  groupClipsByRegion,
  type LocusEntry,
  type LocusGroup,
  type ReadingClip,
  type RegionGroup,
} from './group.ts';
import { UI_STRINGS, type UiLang, type UiStrings } from './strings.ts';

export interface ReadingListProps {
  clips: readonly ReadingClip[];
  lang: UiLang;
  /** Whether read marks mean anything (a signed-in member is looking). */
  showRead?: boolean;
  /** The mark-read control for one clip (a form on the server page, a button in the side panel). */
  readControl?: (clip: ReadingClip) => ComponentChildren;
  /** Set when the list is a search result: changes the empty message. */
  searching?: boolean;
  /** `flat`: newest first, one entry per clip; `grouped` (the default): by host region, then locus. */
  layout?: 'grouped' | 'flat';
  /** The clip's page inside Lokus; titles link there (and the source gets its own link) when given. */
  readerHref?: (clip: ReadingClip) => string;
  /**
   * A region's clip count over the whole cohort, when the list holds only some of its clips (a page of
   * them); undefined keeps the count of the clips listed.
   */
  countOf?: (region: RegionGroup) => number | undefined;
}

export function ReadingList({
  clips,
  lang,
  showRead = false,
  readControl,
  searching = false,
  layout = 'grouped',
  readerHref,
  countOf,
}: ReadingListProps) {
  const t = UI_STRINGS[lang];
  if (!clips.length) return <p class="empty">{searching ? t.noMatches : t.empty}</p>;
  const shared = { t, lang, showRead, readControl, readerHref };
  if (layout === 'flat')
    return (
      <ul class="clips flat reading-list">
        {clips.map((clip) => (
          <ClipEntry key={clip.id} entry={{ clip, anchor: true }} showLoci {...shared} />
        ))}
      </ul>
    );
  return (
    <div class="reading-list">
      {groupClipsByRegion(clips).map((region) => (
        <RegionSection
          key={region.code ?? region.name ?? region.kind}
          region={region}
          countOf={countOf}
          {...shared}
        />
      ))}
    </div>
  );
}

interface SectionProps {
  t: UiStrings;
  lang: UiLang;
  showRead: boolean;
  readControl?: (clip: ReadingClip) => ComponentChildren;
  readerHref?: (clip: ReadingClip) => string;
}

function RegionSection({
  region,
  t,
  countOf,
  ...rest
}: SectionProps & { region: RegionGroup; countOf?: ReadingListProps['countOf'] }) {
  const title =
    region.kind === 'no-loci' ? t.noLoci : region.kind === 'unknown-region' ? t.unknownRegion : region.name;
  const clipIds = new Set(region.loci.flatMap((l) => l.clips.map((e) => e.clip.id)));
  return (
    <section class="region" data-region={region.code ?? undefined}>
      <h2>
        {title}
        {region.province && region.name && !region.name.endsWith(region.province) ? (
          <span class="province"> · {region.province}</span>
        ) : null}
        <span class="count">{t.clipCount(Math.max(countOf?.(region) ?? 0, clipIds.size))}</span>
      </h2>
      {region.loci.map((locus, i) => (
        <LocusBlock
          key={locus.agency ?? i}
          locus={locus}
          t={t}
          showHeading={region.kind !== 'no-loci'}
          {...rest}
        />
      ))}
    </section>
  );
}

function LocusBlock({
  locus,
  t,
  showHeading,
  ...rest
}: SectionProps & { locus: LocusGroup; showHeading: boolean }) {
  return (
    <div class="locus">
      {showHeading ? <h3>{locus.agency ?? t.noAgency}</h3> : null}
      {locus.innovations.length ? (
        <ul class="innovations" aria-label={t.innovations}>
          {locus.innovations.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : null}
      <ul class="clips">
        {locus.clips.map((entry) => (
          <ClipEntry key={entry.clip.id} entry={entry} t={t} {...rest} />
        ))}
      </ul>
    </div>
  );
}

/** The clip's loci in one line, for the flat list. */
function LociLine({ clip }: { clip: ReadingClip }) {
  const line = lociLine(clip.record.loci);
  return line ? <p class="loci-line">{line}</p> : null;
}

function ClipEntry({
  entry,
  t,
  lang,
  showRead,
  readControl,
  readerHref,
  showLoci = false,
}: SectionProps & { entry: LocusEntry; showLoci?: boolean }) {
  const { clip } = entry;
  // An article that visited several places of one region is shown whole once; its other places point to it.
  if (!entry.anchor)
    return (
      <li class="clip is-repeat">
        <a class="title" data-testid="clip-title" href={`#clip-${clip.id}`}>
          {clip.title}
        </a>{' '}
        <span class="see-above">{entry.ref === 'below' ? `↓ ${t.seeBelow}` : `↑ ${t.seeAbove}`}</span>
      </li>
    );
  const source = clip.siteName || hostOf(clip.url);
  const published = clip.record.publishedAt;
  const inside = readerHref?.(clip);
  const original = safeHref(clip.url);
  return (
    <li class={showRead && clip.read ? 'clip is-read' : 'clip'} id={`clip-${clip.id}`}>
      <a
        class="title"
        data-testid="clip-title"
        href={inside ?? original}
        {...(inside ? {} : { target: '_blank', rel: 'noopener noreferrer nofollow' })}
      >
        {clip.title}
      </a>
      <div class="meta">
        {clip.required ? (
          <span class="badge">
            {t.required}
            {clip.required.dueDate ? ` · ${t.due(formatDate(clip.required.dueDate, lang))}` : ''}
          </span>
        ) : null}
        {source ? (
          <span>
            {t.source}:{' '}
            {inside && original ? (
              <a href={original} target="_blank" rel="noopener noreferrer nofollow">
                {source} ↗
              </a>
            ) : (
              source
            )}
          </span>
        ) : null}
        <span>
          {published
            ? `${t.published} ${formatDate(published, lang)}`
            : `${t.clipped} ${formatDate(clip.createdAt, lang)}`}
        </span>
        {clip.record.program ? <span>{clip.record.program}</span> : null}
        {showRead ? <span class="read-state">{clip.read ? `✓ ${t.read}` : t.unread}</span> : null}
      </div>
      {showLoci ? <LociLine clip={clip} /> : null}
      {clip.note ? (
        <p class="note">
          <strong>{t.note}:</strong> {clip.note}
        </p>
      ) : null}
      {readControl ? <div class="read-control">{readControl(clip)}</div> : null}
    </li>
  );
}
