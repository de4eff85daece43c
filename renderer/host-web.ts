/**
 * The Host for a plain browser (`npm run web`, or the app a sync server serves): a file input to open, a
 * download link to save, and the page's own address as an invitation when it was opened at /join.
 */
import type { Host, MenuCommand, PickedFile } from './host.ts';
import { webSigningKey } from './keys/web-signing-key.ts';

function pickFile(accept: readonly string[]): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file.arrayBuffer().then(
        (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
        () => resolve(null),
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, bytes: Uint8Array): boolean {
  const copy = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/**
 * The invitation in the page's address, when the app was opened at a server's /join?workspace=…&token=…
 * link. It is taken once, and the address is set back to the app's own so that the token stays out of the
 * history, bookmarks and anything shared from the address bar.
 */
function takeJoinLinkFromAddress(): string | null {
  // The token travels after '#' (never sent to a server); older links carried it in the query.
  if (!/\/join\/?$/.test(location.pathname) || !`${location.hash}${location.search}`.includes('token=')) return null;
  const link = location.href;
  history.replaceState(null, '', location.pathname.replace(/join\/?$/, ''));
  return link;
}

export function createWebHost(): Host {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  let joinLink = takeJoinLinkFromAddress();
  return {
    kind: 'web',
    hasNativeMenu: false,
    openFile: pickFile,
    saveFile: async (name, bytes) => download(name, bytes),
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    onOpenFile: () => () => undefined,
    onJoinLink(listener) {
      const link = joinLink;
      joinLink = null;
      if (link !== null) listener(link);
      return () => undefined;
    },
    signingKey: webSigningKey,
  };
}
