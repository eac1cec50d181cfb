/** Serves the saved pages of test/fixtures/pages on 127.0.0.1 (random port): the sites the e2e suite clips. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PAGES_DIR } from '../fixtures/pages/pages.ts';

export async function servePages(): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    if (!/^[\w-]+\.html$/.test(name)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const html = await readFile(path.join(PAGES_DIR, name));
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(html);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}
