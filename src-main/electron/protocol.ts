// The renderer is loaded from app://renderer/, not file://, so its origin is fixed and the
// CSP's 'self' means the app's own files and nothing else on the disk.
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../renderer-files/content-security-policy.ts';
import { readStaticFile } from '../renderer-files/static-files.ts';

const APP_SCHEME = 'app';
const APP_HOST = 'renderer';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererFolder: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererFolder, url.pathname) : undefined;
    if (file === undefined) return new Response('Finns inte', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

// Node's URL parser does not know that app: is a standard scheme, so its `origin` is "null"
// for every app:// URL: compare the scheme and host instead.
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
