/**
 * The shell's security settings in one place (Electron's security checklist), kept free of Electron
 * imports so tests can read them: how windows are configured, which content may load, where the app's
 * files come from, and which IPC senders are trusted.
 */

/** The app's own origin: the renderer is served from app://concord/, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'concord';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** webPreferences for every window: isolated, sandboxed, no Node, no webviews. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: true,
} as const;

/**
 * The Content-Security-Policy sent with every app:// response: only the app's own scripts (no eval, no
 * inline script, nothing remote), WebSocket connections for live collaboration, nothing framed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The sync server: WebSocket for the document, HTTP(S) to check an invitation before connecting.
  "connect-src 'self' ws: wss: http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function mimeType(path: string): string {
  const dot = path.lastIndexOf('.');
  return MIME_TYPES[dot < 0 ? '' : path.slice(dot).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Which file under the renderer folder an app:// URL names, or null when it is not ours or tries to climb
 * out of the folder ("..", encoded slashes, another host).
 */
export function appUrlToRelativePath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\\') || path.includes('\0')) return null;
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.some((part) => part === '..')) return null;
  return parts.length === 0 ? 'index.html' : parts.join('/');
}

/** Whether an IPC message comes from our own page (its main frame, served from app://concord/). */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame || frameUrl === undefined) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links the user may open in the system browser (after confirming): web pages and e-mail only. */
export function isExternalLink(url: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
