/** The Host for a plain browser (`npm run web`): a file input to open, a download link to save. */
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
      file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), () => resolve(null));
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

export function createWebHost(): Host {
  const menuListeners = new Set<(command: MenuCommand) => void>();
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
    signingKey: webSigningKey,
  };
}
