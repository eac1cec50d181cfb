#!/usr/bin/env node
/**
 * `npm run dev`: makes .dev.vars (a random ADMIN_TOKEN) when missing, applies the D1 migrations to the local
 * database, builds the extension for loading unpacked (when the extension project exists), then runs
 * `wrangler dev` on http://127.0.0.1:8787 and says how to sign in as the first organiser.
 * It does not deploy anything and never touches the remote database.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const devVars = path.join(root, '.dev.vars');
const HOST = '127.0.0.1';
const PORT = process.env.LOKUS_PORT || '8787';
const origin = `http://${HOST}:${PORT}`;
// Local development needs no Cloudflare account: no metrics, and no fetch of the `request.cf` data.
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: process.env.CLOUDFLARE_CF_FETCH_ENABLED ?? 'false',
};

/** Runs a command to completion; rejects with its exit code. */
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(Object.assign(new Error(`${cmd} ${args.join(' ')} failed`), { code: code ?? 1, signal })),
    );
  });
}

/** The ADMIN_TOKEN from .dev.vars, writing a fresh random one when the file or the key is missing. */
function ensureAdminToken() {
  const text = existsSync(devVars) ? readFileSync(devVars, 'utf8') : '';
  const match = /^ADMIN_TOKEN\s*=\s*"?([^"\r\n]+)"?\s*$/m.exec(text);
  if (match) return { token: match[1], created: false };
  const token = `lokus_admin_${randomBytes(24).toString('base64url')}`;
  const line = `ADMIN_TOKEN="${token}"\n`;
  writeFileSync(devVars, text && !text.endsWith('\n') ? `${text}\n${line}` : `${text}${line}`, {
    mode: 0o600,
  });
  return { token, created: true };
}

function signInHelp(token, created) {
  return [
    '',
    '────────────────────────────────────────────────────────────────────────',
    ...(created
      ? [' .dev.vars dibuat dengan ADMIN_TOKEN acak / .dev.vars created with a random ADMIN_TOKEN', '']
      : []),
    ` Buka ${origin}/masuk dan tempel token penyelenggara pertama ini:`,
    ` Open ${origin}/masuk and paste the first organiser's token:`,
    '',
    `   ${token}`,
    '',
    ' Lalu buat angkatan dan tautan undangan di halaman itu (kode QR untuk peserta ada di sana).',
    " Then create cohorts and invite links on that page (the participants' QR code is there too).",
    ` API: Authorization: Bearer ${token}  (lihat/see README.md, "HTTP API")`,
    '────────────────────────────────────────────────────────────────────────',
    '',
  ].join('\n');
}

async function main() {
  const { token, created } = ensureAdminToken();
  console.log('› Migrasi D1 lokal / applying local D1 migrations');
  await run('npx', ['wrangler', 'd1', 'migrations', 'apply', 'lokus', '--local']);

  if (existsSync(path.join(root, 'extension', 'wxt.config.ts'))) {
    console.log('› Membangun ekstensi / building the extension');
    try {
      await run('npx', ['wxt', 'build', 'extension', '--mode', 'development']);
      console.log(
        `› Ekstensi siap dimuat (unpacked) / extension ready to load unpacked: ${path.join(root, 'extension', '.output', 'chrome-mv3-dev')}`,
      );
    } catch (err) {
      // The worker is still useful without the extension; say so and carry on.
      console.error(
        `! Ekstensi gagal dibangun / the extension build failed (exit ${err.code}); worker starts anyway.`,
      );
    }
  }

  console.log(signInHelp(token, created));
  // Node runs wrangler directly (no npx in between), so signals reach it and its exit code comes back.
  const wranglerBin = path.join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
  const wrangler = spawn(process.execPath, [wranglerBin, 'dev', '--ip', HOST, '--port', PORT], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const stop = (signal) => {
    if (wrangler.exitCode === null) wrangler.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  wrangler.on('error', (err) => {
    console.error(err);
    process.exit(1);
  });
  wrangler.on('exit', (code, signal) => {
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
  });
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(typeof err.code === 'number' ? err.code : 1);
});
