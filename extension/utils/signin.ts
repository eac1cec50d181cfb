/**
 * What the user pasted into the options page: an invite link (`<server>/i/<code>`, whose origin is the
 * server) or a personal token for the server typed above it. Pure, so it is tested without a browser.
 */
import { normaliseServerUrl } from './api.ts';

export type SignInInput =
  { kind: 'invite'; serverUrl: string; code: string } | { kind: 'token'; serverUrl: string; token: string };

const INVITE = /^(https?:\/\/[^/?#\s]+)(?:\/[^?#\s]*)?\/i\/([A-Za-z0-9_-]{8,})\/?(?:[?#]\S*)?$/i;
const TOKEN = /^[A-Za-z0-9._~+/=-]{16,512}$/;

/** Reads a pasted invite link or token; null when it is neither. */
export function parseSignIn(pasted: string, serverInput: string): SignInInput | null {
  const text = pasted.trim();
  const invite = text.match(INVITE);
  if (invite) {
    const serverUrl = normaliseServerUrl(invite[1]!);
    return serverUrl ? { kind: 'invite', serverUrl, code: invite[2]! } : null;
  }
  const serverUrl = normaliseServerUrl(serverInput);
  if (!serverUrl) return null;
  const token = text.replace(/^Bearer\s+/i, '');
  return TOKEN.test(token) ? { kind: 'token', serverUrl, token } : null;
}
