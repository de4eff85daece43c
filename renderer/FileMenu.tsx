/**
 * The web build's File menu (Electron shows a native one instead): new, open, save a copy, merge, join, export,
 * recent. It closes as menus do: on a choice, on Escape (focus back on "File") and on a click outside it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from './host.ts';
import type { KnownWorkspace } from './workspace-registry.ts';

interface Props {
  recent: readonly KnownWorkspace[];
  onCommand(command: MenuCommand): void;
  onOpenRecent(id: string): void;
}

export function FileMenu({ recent, onCommand, onOpenRecent }: Props): ReactNode {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const menu = details.current;
    if (!open || !menu) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      menu.removeAttribute('open');
      menu.querySelector('summary')?.focus();
    };
    const onPointer = (event: PointerEvent): void => {
      if (!(event.target instanceof Node) || !menu.contains(event.target)) menu.removeAttribute('open');
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  const choose = (action: () => void) => () => {
    details.current?.removeAttribute('open');
    action();
  };
  return (
    <details className="menu" ref={details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>File</summary>
      <div className="menu-items" role="menu">
        <button type="button" role="menuitem" onClick={choose(() => onCommand('new-workspace'))}>
          New workspace
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('open'))}>
          Open…
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('save-copy'))}>
          Save a copy as…
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('merge'))}>
          Merge a .concord file…
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('join'))}>
          Join a meeting…
        </button>
        <button type="button" role="menuitem" onClick={choose(() => onCommand('export'))}>
          Export…
        </button>
        {recent.length > 0 && <hr />}
        {recent.map((w) => (
          <button key={w.id} type="button" role="menuitem" onClick={choose(() => onOpenRecent(w.id))}>
            {w.name === '' ? `Joined workspace ${w.id} (not yet received)` : w.name}
          </button>
        ))}
      </div>
    </details>
  );
}
