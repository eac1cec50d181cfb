/**
 * The worker's memory in `wrangler dev`: the JavaScript heap of the worker's own V8 isolate, read over the Chrome
 * DevTools protocol on wrangler's inspector port (`Runtime.getHeapUsage`: V8's used and allocated heap — the
 * figure Cloudflare's 128 MB per-isolate limit is about), and beside it the resident memory of the workerd
 * processes (the isolate plus the local D1, the proxies and their SQLite caches), read from /proc.
 * `performance.memory` does not exist in workerd, and the worker cannot see its own heap; the inspector can.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface HeapUsage {
  /** Bytes of live and not yet collected objects on the isolate's V8 heap. */
  used: number;
  /** Bytes the isolate's V8 heap has reserved. */
  total: number;
}

export interface Inspector {
  heapUsage: () => Promise<HeapUsage>;
  /**
   * A full garbage collection, then the heap. workerd runs the collection only when the isolate next wakes, so
   * `nudge` sends it a request (e.g. /api/health) meanwhile.
   */
  collectedHeapUsage: (nudge: () => Promise<unknown>) => Promise<HeapUsage>;
  close: () => void;
}

const CALL_TIMEOUT_MS = 15_000;

/**
 * Connects to wrangler dev's inspector (one client at a time). wrangler's inspector proxy only takes a
 * DevTools connection that names a local `Origin`.
 * @example const inspector = await connectInspector(9230); (await inspector.heapUsage()).used
 */
export async function connectInspector(port: number): Promise<Inspector> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, {
    headers: { origin: 'http://localhost' },
  } as unknown as string[]);
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  let lastId = 0;
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    // The proxy's own calls come back too (ids from 100000000); only ours are waited for.
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`no inspector on 127.0.0.1:${port}`)), {
      once: true,
    });
  });
  const call = <T>(method: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer in ${CALL_TIMEOUT_MS} ms`));
      }, CALL_TIMEOUT_MS);
      pending.set(id, (message) => {
        clearTimeout(timer);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result as T);
      });
      socket.send(JSON.stringify({ id, method }));
    });
  const heapUsage = async () => {
    const { usedSize, totalSize } = await call<{ usedSize: number; totalSize: number }>(
      'Runtime.getHeapUsage',
    );
    return { used: usedSize, total: totalSize };
  };
  return {
    heapUsage,
    collectedHeapUsage: async (nudge) => {
      const collected = call('HeapProfiler.collectGarbage');
      while (
        !(await Promise.race([collected.then(() => true), new Promise((r) => setTimeout(r, 200, false))]))
      )
        await nudge();
      return heapUsage();
    },
    close: () => socket.close(),
  };
}

/** Resident bytes of the workerd processes in a process group (wrangler dev's), from /proc; 0 off Linux. */
export function workerdRss(processGroup: number): number {
  let bytes = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // stat: "pid (comm) state ppid pgrp …"; comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== processGroup || !comm.startsWith('workerd')) continue;
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (rss) bytes += Number(rss[1]) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return bytes;
}

export interface MemoryPeak {
  heapUsed: number;
  heapTotal: number;
  rss: number;
  samples: number;
}

/**
 * Samples the heap and the workerd RSS every `intervalMs` until stopped; the peak of each. A sample the
 * isolate was too busy to answer in time is simply later, not lost.
 */
export function sampleMemory(inspector: Inspector, processGroup: number, intervalMs = 250) {
  const peak: MemoryPeak = { heapUsed: 0, heapTotal: 0, rss: 0, samples: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const [heap] = await Promise.all([
        inspector.heapUsage().catch(() => null),
        new Promise((r) => setTimeout(r, intervalMs)),
      ]);
      if (heap) {
        peak.heapUsed = Math.max(peak.heapUsed, heap.used);
        peak.heapTotal = Math.max(peak.heapTotal, heap.total);
        peak.samples++;
      }
      peak.rss = Math.max(peak.rss, workerdRss(processGroup));
    }
  })();
  return {
    stop: async (): Promise<MemoryPeak> => {
      running = false;
      await loop;
      return peak;
    },
  };
}

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
