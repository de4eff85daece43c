/**
 * The web build's File menu (Electron shows a native one instead): new, open, save a copy, merge, join, export,
 * recent. It closes as menus do: on a choice, on Escape (focus back on "File") and on a click outside it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from './host.ts';
import type { KnownWorkspace } from './workspace-registry.ts';

interface Props {
  recent: readonly KnownWorkspace[];
  onCommand(command: MenuCommand): void;
  onOpenRecent(id: string): void;
}

export function FileMenu({ recent, onCommand, onOpenRecent }: Props): ReactNode {
  const { t } = useTranslation('app');
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const menu = details.current;
    if (!menu) return;
    // Listening all along, not from the menu's toggle event on: that event comes a task after the menu opens,
    // and a click outside in between (a busy machine) would leave it open.
    const onKey = (event: KeyboardEvent): void => {
      if (!menu.open || event.key !== 'Escape') return;
      menu.removeAttribute('open');
      menu.querySelector('summary')?.focus();
    };
    const onPointer = (event: PointerEvent): void => {
      if (menu.open && (!(event.target instanceof Node) || !menu.contains(event.target))) menu.removeAttribute('open');
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);
  const choose = (action: () => void) => () => {
    details.current?.removeAttribute('open');
    action();
  };
  return (
    <details className="menu" ref={details}>
      <summary>{t('fileMenu.file')}</summary>
      <div className="menu-items" role="menu">
        <button type="button" role="menuitem" onClick={choose(() => onCommand('new-workspace'))}>
          {t('fileMenu.newWorkspace')}
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('open'))}>
          {t('fileMenu.open')}
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('save-copy'))}>
          {t('fileMenu.saveCopy')}
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('merge'))}>
          {t('fileMenu.merge')}
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('join'))}>
          {t('fileMenu.join')}
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('export'))}>
          {t('fileMenu.export')}
        </button>
        {recent.length > 0 && <hr />}
        {recent.map((w) => (
          <button key={w.id} type="button" role="menuitem" onClick={choose(() => onOpenRecent(w.id))}>
            {w.name === '' ? t('fileMenu.joinedNotReceived', { id: w.id }) : w.name}
          </button>
        ))}
      </div>
    </details>
  );
}
