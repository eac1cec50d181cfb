/**
 * Request bodies of the clip API: what the extension sends and the worker validates.
 * Response shapes are typed by the worker's routes (AppType), not here.
 */
import * as v from 'valibot';
import { LocusRecordSchema } from './locus-record.ts';
import { say } from './message.ts';

/** Chosen by the extension before the first send, so that every retry of one clip is the same clip. */
const ClientIdSchema = v.pipe(
  v.string(),
  v.regex(
    /^[A-Za-z0-9_-]{8,64}$/,
    say(
      'clientId harus 8–64 karakter huruf, angka, - atau _',
      'clientId must be 8–64 letters, digits, - or _',
    ),
  ),
);

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url(say('URL tidak valid', 'Not a valid URL')),
  v.regex(/^https?:\/\//i, say('URL harus http atau https', 'The URL must be http or https')),
);

/** A selection the user clipped from the page, kept with the page's clip. */
const QuoteSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(5000));

export const ClipInputSchema = v.object({
  clientId: ClientIdSchema,
  url: httpUrl,
  title: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, say('Judul wajib diisi', 'A title is required')),
    v.maxLength(500),
  ),
  text: v.pipe(v.string(), v.maxLength(200_000)),
  record: LocusRecordSchema,
  /** The publication's name as the page declares it (og:site_name), e.g. "Kompas.com". */
  siteName: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(200)))),
  note: v.optional(v.pipe(v.string(), v.maxLength(5000))),
  quotes: v.optional(v.pipe(v.array(QuoteSchema), v.maxLength(50))),
});
export type ClipInput = v.InferOutput<typeof ClipInputSchema>;

export const ClipPatchSchema = v.pipe(
  v.object({
    title: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500))),
    record: v.optional(LocusRecordSchema),
    note: v.optional(v.pipe(v.string(), v.maxLength(5000))),
    quotes: v.optional(v.pipe(v.array(QuoteSchema), v.maxLength(50))),
  }),
  v.check((patch) => Object.keys(patch).length > 0, say('Tidak ada yang diubah', 'Nothing to change')),
);
export type ClipPatch = v.InferOutput<typeof ClipPatchSchema>;
