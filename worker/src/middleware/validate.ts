/**
 * Hono validators over the shared valibot schemas: a failure is 422 `invalid` with one issue per field, worded
 * in the request's language (`c.var.lang`). Schemas carry their own words through `say()`; valibot's English
 * defaults are replaced here, once, by words in both languages.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import * as v from 'valibot';
import { dateFormat } from '../../../shared/schema/message.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, type FieldIssue } from '../errors.ts';
import type { Lang } from '../i18n.ts';

const KIND_WORDS: Record<Lang, Record<string, string>> = {
  id: {
    string: 'teks',
    number: 'angka',
    boolean: 'ya/tidak',
    object: 'objek',
    array: 'daftar',
    null: 'kosong (null)',
  },
  en: { string: 'text', number: 'a number', boolean: 'true/false', object: 'an object', array: 'a list' },
};

/** Valibot's default messages in the issue's language; a schema's own `say()` messages win. */
function defaultMessage(issue: v.BaseIssue<unknown>): string {
  const en = issue.lang === 'en';
  const req = String(issue.requirement ?? '');
  const unit = Array.isArray(issue.input) ? (en ? 'items' : 'butir') : en ? 'characters' : 'karakter';
  switch (issue.type) {
    case 'min_length':
      return en ? `At least ${req} ${unit}` : `Minimal ${req} ${unit}`;
    case 'max_length':
      return en ? `At most ${req} ${unit}` : `Maksimal ${req} ${unit}`;
    case 'min_value':
      return en ? `At least ${req}` : `Paling kecil ${req}`;
    case 'max_value':
      return en ? `At most ${req}` : `Paling besar ${req}`;
    case 'integer':
      return en ? 'Must be a whole number' : 'Harus bilangan bulat';
    case 'url':
      return en ? 'Not a valid URL' : 'URL tidak valid';
    case 'regex':
      return en ? 'Not in the expected format' : 'Format tidak valid';
    case 'iso_date':
      return dateFormat(issue);
    case 'picklist':
      return `${en ? 'Must be one of' : 'Harus salah satu dari'}: ${issue.expected ?? ''}`;
  }
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return en ? 'Required' : 'Wajib diisi';
    const want = KIND_WORDS[en ? 'en' : 'id'][issue.type] ?? issue.expected ?? issue.type;
    return en ? `Must be ${want}` : `Harus berupa ${want}`;
  }
  return en ? 'Not valid' : 'Tidak valid';
}
// Valibot keeps a global message per language code; the worker passes 'id' or 'en'.
for (const lang of [undefined, 'id', 'en']) v.setGlobalMessage(defaultMessage, lang);

/** The issues as the API reports them: `loci.0.regionCode` and what is wrong with it. */
export function fieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}

/** Parses with the request's language, or throws 422 with the issues. */
function parseOr422<S extends v.GenericSchema>(schema: S, value: unknown, lang: Lang): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { lang });
  if (!result.success) throw new ApiError(422, 'invalid', 'invalid', fieldIssues(result.issues));
  return result.output;
}

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/**
 * What a validator tells Hono (and so `hc`) of a target: the schema's input in, its output out. Hono derives a
 * query's input from the output (a transformed `limit` would read as a number), so it is stated here.
 */
type Validated<T extends 'json' | 'query', S extends v.GenericSchema> = MiddlewareHandler<
  AppEnv,
  string,
  { in: { [K in T]: v.InferInput<S> }; out: { [K in T]: v.InferOutput<S> } }
>;

/** Validates the JSON body; a body that is not declared JSON is 400, one that does not fit the schema 422. */
export function validateJson<S extends v.GenericSchema>(schema: S): Validated<'json', S> {
  return validator('json', (value, c: Context<AppEnv>) => {
    const result = v.safeParse(schema, value, { lang: c.var.lang });
    if (result.success) return result.output as v.InferOutput<S>;
    const media = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!JSON_MEDIA.test(media)) throw new ApiError(400, 'bad_request', 'not_json');
    throw new ApiError(422, 'invalid', 'invalid', fieldIssues(result.issues));
  }) as unknown as Validated<'json', S>;
}

/** Validates the query string; failures are 422 with issues. */
export function validateQuery<S extends v.GenericSchema>(schema: S): Validated<'query', S> {
  return validator('query', (value, c: Context<AppEnv>) =>
    parseOr422(schema, value, c.var.lang),
  ) as unknown as Validated<'query', S>;
}
