/**
 * Which web permissions the app's page gets: exactly what it uses — writing to the clipboard ("Copy link"
 * for an invitation) — and only for the app's own origin. Camera, microphone, notifications, location,
 * reading the clipboard and the rest are denied, for every page.
 */
import { APP_HOST, APP_SCHEME } from './security.ts';

const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

/** Whether `permission` is granted to a page of `origin` (an origin or a full URL). */
function isPermissionAllowed(permission: string, origin: string): boolean {
  if (!ALLOWED_PERMISSIONS.includes(permission)) return false;
  try {
    // A custom scheme's URL has the origin "null": compare its scheme and host.
    const url = new URL(origin);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The part of Electron's Session that decides permissions. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

/** Decide both requests (asked of the user by a page) and checks (queried by Chromium) by isPermissionAllowed. */
export function installPermissionHandlers(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionAllowed(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
}
