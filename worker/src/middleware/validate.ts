/**
 * Hono validators over the shared valibot schemas: a failure is 422 `invalid` with one issue per field,
 * worded in Bahasa Indonesia (valibot's own English defaults are replaced here, once, for the worker).
 */
import { sValidator } from '@hono/standard-validator';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as v from 'valibot';
import { ApiError, type FieldIssue } from '../errors.ts';

const KIND_WORDS: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'ya/tidak',
  object: 'objek',
  array: 'daftar',
  null: 'kosong (null)',
};

/** Valibot's default messages in Bahasa Indonesia; schema-specific messages (already Indonesian) win. */
function indonesianMessage(issue: v.BaseIssue<unknown>): string {
  const req = String(issue.requirement ?? '');
  switch (issue.type) {
    case 'min_length':
      return `Minimal ${req} ${Array.isArray(issue.input) ? 'butir' : 'karakter'}`;
    case 'max_length':
      return `Maksimal ${req} ${Array.isArray(issue.input) ? 'butir' : 'karakter'}`;
    case 'min_value':
      return `Paling kecil ${req}`;
    case 'max_value':
      return `Paling besar ${req}`;
    case 'integer':
      return 'Harus bilangan bulat';
    case 'url':
      return 'URL tidak valid';
    case 'regex':
      return 'Format tidak valid';
    case 'iso_date':
      return 'Tanggal harus berformat YYYY-MM-DD';
    case 'picklist':
      return `Harus salah satu dari: ${issue.expected ?? ''}`;
  }
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return 'Wajib diisi';
    const want = KIND_WORDS[issue.type] ?? issue.expected ?? issue.type;
    return `Harus berupa ${want}`;
  }
  return 'Tidak valid';
}
v.setGlobalMessage(indonesianMessage);

function pathOf(issue: StandardSchemaV1.Issue): string {
  return (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.');
}

/** The issues as the API reports them. */
export function fieldIssues(issues: readonly StandardSchemaV1.Issue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: pathOf(issue), message: issue.message }));
}

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/** Validates the JSON body; a body that is not declared JSON is 400, one that does not fit the schema 422. */
export function validateJson<S extends StandardSchemaV1>(schema: S) {
  return sValidator('json', schema, (result, c) => {
    if (result.success) return;
    const media = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!JSON_MEDIA.test(media)) throw new ApiError(400, 'bad_request', 'not_json');
    throw new ApiError(422, 'invalid', 'invalid', fieldIssues(result.error));
  });
}

/** Validates the query string; failures are 422 with issues. */
export function validateQuery<S extends StandardSchemaV1>(schema: S) {
  return sValidator('query', schema, (result) => {
    if (!result.success) throw new ApiError(422, 'invalid', 'invalid', fieldIssues(result.error));
  });
}
