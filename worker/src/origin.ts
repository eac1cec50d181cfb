/**
 * The origin Lokus' own links are built on (invite links, feed addresses, the token page's server address):
 * the PUBLIC_ORIGIN var, never the request's Host header — except on a local development host, where the
 * request's own origin is the only one there is.
 */
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|.+\.localhost)$/i;

/**
 * @example publicOrigin(c) // 'https://lokus.bpsdm.jatimprov.go.id' (PUBLIC_ORIGIN), or 'http://127.0.0.1:8787' in dev
 */
export function publicOrigin(c: Context<AppEnv>): string {
  const configured = c.env.PUBLIC_ORIGIN?.trim();
  if (configured) return new URL(configured).origin;
  const url = new URL(c.req.url);
  if (LOCAL_HOSTS.test(url.hostname)) return url.origin;
  throw new Error('PUBLIC_ORIGIN is not set: links cannot be built from the Host header outside development');
}
