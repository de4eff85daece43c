/**
 * Links that leave the app: a web or mail link the renderer tries to open (window.open, target=_blank,
 * or a click that would navigate the window away) opens in the system browser, and only after the user
 * confirms it in a dialog naming the address. Nothing else (file:, javascript:, custom schemes) opens.
 * This is the shell's only call of shell.openExternal (test/unit/shell-security.test.ts checks it).
 */
import { dialog, shell, type BaseWindow } from 'electron';
import { isExternalLink } from './security.ts';
import { shellWords } from './shell-language.ts';

/** Ask, then open `url` in the system browser; resolves to whether it was opened. */
export async function openExternalAfterConfirmation(window: BaseWindow, url: string): Promise<boolean> {
  if (!isExternalLink(url)) return false;
  const t = shellWords();
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    buttons: [t('dialogs.openInBrowser'), t('common:cancel')],
    defaultId: 1,
    cancelId: 1,
    message: t('dialogs.openLink'),
    detail: url,
  });
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}
