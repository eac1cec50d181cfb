/**
 * JSON that SQLite already wrote (json_object, json_group_array), answered as it is: the worker neither parses
 * the rows nor stringifies them again. `T` is the shape the SQL writes; `hc` clients see it as they see
 * `c.json`'s.
 */
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

export function jsonText<T>(c: Context, text: string): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  const res: Response = c.body(text, 200, { 'Content-Type': 'application/json' });
  return res as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
