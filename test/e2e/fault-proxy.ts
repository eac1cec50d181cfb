/**
 * A fault-injecting HTTP proxy in front of the e2e worker (plain node:http, a free port on 127.0.0.1).
 * Requests pass through unchanged unless a fault is queued for their method and path; each queued fault
 * is used up by one request. It logs every request with whether the worker answered it, so a test can
 * tell a write the worker made from one it never saw.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * - `500-before`: answers 500 without forwarding (the worker never sees the request);
 * - `500-after`: forwards, and answers 500 once the worker has answered (the write happened, its answer is lost);
 * - `reset-after`: forwards, and cuts the client's connection once the worker has answered;
 * - `{ delayMs }`: forwards, and relays the worker's answer that much later (a client that gave up gets nothing);
 * - `hold-before` / `hold-after`: stops before forwarding, or once the worker has answered, until the
 *   test calls `release()`: then it goes on, or cuts the connection (`release('reset')`). A request
 *   forwarded to a worker that is down has its client connection cut, as a dead server's would be.
 */
export type Fault =
  '500-before' | '500-after' | 'reset-after' | 'hold-before' | 'hold-after' | { delayMs: number };

interface ProxiedRequest {
  method: string;
  path: string;
  fault: Fault | null;
  /** The worker's status, or null when the worker never answered. */
  workerStatus: number | null;
}

export interface FaultProxy {
  url: string;
  /** Queues faults for the next requests matching `method` and `path`, one fault per request, in order. */
  inject(method: string, path: RegExp, faults: Fault[]): void;
  /** Resolves when a request is held by `hold-before` or `hold-after`. */
  held(): Promise<ProxiedRequest>;
  /** Lets the held request go on, or cuts its client connection. */
  release(how?: 'continue' | 'reset'): void;
  /** Every request so far, oldest first. */
  log: ProxiedRequest[];
  close(): Promise<void>;
}

interface Rule {
  method: string;
  path: RegExp;
  faults: Fault[];
}

export async function startFaultProxy(workerUrl: string): Promise<FaultProxy> {
  const target = new URL(workerUrl);
  const rules: Rule[] = [];
  const log: ProxiedRequest[] = [];
  let holding: { entry: ProxiedRequest; resume: (how: 'continue' | 'reset') => void } | null = null;
  let heldWaiters: ((entry: ProxiedRequest) => void)[] = [];

  const takeFault = (method: string, path: string): Fault | null => {
    const rule = rules.find((r) => r.method === method && r.path.test(path) && r.faults.length);
    return rule?.faults.shift() ?? null;
  };
  const hold = (entry: ProxiedRequest) =>
    new Promise<'continue' | 'reset'>((resume) => {
      holding = { entry, resume };
      for (const wake of heldWaiters) wake(entry);
      heldWaiters = [];
    });

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const fault = takeFault(method, path);
    const entry: ProxiedRequest = { method, path, fault, workerStatus: null };
    log.push(entry);
    const body = await readAll(req);
    const cut = () => res.destroy();
    if (fault === '500-before') return injected500(res, 'before the worker saw the request');
    if (fault === 'hold-before' && (await hold(entry)) === 'reset') return cut();

    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method,
        path,
        headers: { ...req.headers, 'content-length': String(body.length) },
        agent: false,
      },
      async (answer) => {
        const answerBody = await readAll(answer);
        entry.workerStatus = answer.statusCode ?? 0;
        if (fault === '500-after') return injected500(res, 'after the worker answered');
        if (fault === 'reset-after') return cut();
        if (fault === 'hold-after' && (await hold(entry)) === 'reset') return cut();
        // unref: an answer held for minutes must not keep the test process alive.
        if (fault && typeof fault === 'object')
          await new Promise((r) => setTimeout(r, fault.delayMs).unref());
        if (res.destroyed || res.socket?.destroyed) return;
        const headers = { ...answer.headers, 'content-length': String(answerBody.length) };
        delete headers['transfer-encoding'];
        res.writeHead(entry.workerStatus, headers).end(answerBody);
      },
    );
    upstream.on('error', cut);
    upstream.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    inject: (method, path, faults) => rules.push({ method, path, faults: [...faults] }),
    held: () =>
      holding ? Promise.resolve(holding.entry) : new Promise((resolve) => heldWaiters.push(resolve)),
    release: (how = 'continue') => {
      const current = holding;
      holding = null;
      current?.resume(how);
    },
    log,
    close: () =>
      new Promise((resolve) => {
        holding?.resume('reset');
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** A 500 in the worker's JSON error shape, so the client reads it as the server's own. */
function injected500(res: ServerResponse, when: string) {
  res
    .writeHead(500, { 'content-type': 'application/json' })
    .end(JSON.stringify({ error: { code: 'internal', message: `fault proxy: 500 ${when}` } }));
}
