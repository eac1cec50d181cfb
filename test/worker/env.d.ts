/** Types `exports.default` from cloudflare:workers as the worker's own default export. */
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../../worker/src/index.ts');
  }
}
