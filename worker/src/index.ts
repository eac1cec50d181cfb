/** Placeholder entry; replaced by the Hono app. */
import { Hono } from 'hono';
const app = new Hono<{ Bindings: { DB: D1Database; ADMIN_TOKEN: string } }>();
app.get('/api/health', (c) => c.json({ ok: true }, 200));
export default app;
