/**
 * The other delegates' carets and selections over the editor, drawn above the page (see styles.css), each
 * caret labelled with the delegate's name in their organization's colour, read from their presence. With no
 * other delegate's cursor there is no overlay to place: the overlay's hook measures the editor (a forced
 * layout) after every render, that is after every keystroke.
 */
import { useRemoteCursorOverlayPositions, useRemoteCursorStatesSelector } from '@slate-yjs/react';
import { Fragment, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readPresenceUser, UNKNOWN_COLOUR } from '../../src/sync/presence.ts';
import type { CursorData } from '../editor/create-editor.ts';

/** `container` is the positioned element around the editor that the overlay is drawn in. */
export function RemoteCursors({ container }: { container: HTMLDivElement }): ReactNode {
  const anyone = useRemoteCursorStatesSelector<CursorData, boolean>((states) => Object.keys(states).length > 0);
  return anyone ? <CursorOverlay container={container} /> : null;
}

function CursorOverlay({ container }: { container: HTMLDivElement }): ReactNode {
  const containerRef = useMemo(() => ({ current: container }), [container]);
  const { t } = useTranslation('app');
  const [cursors] = useRemoteCursorOverlayPositions<CursorData, HTMLDivElement>({ containerRef });
  return cursors.map((cursor) => {
    const user = readPresenceUser(cursor.data);
    const colour = user?.colour ?? UNKNOWN_COLOUR;
    const name = user?.name ?? t('sync.aDelegate');
    return (
      <Fragment key={cursor.clientId}>
        {cursor.selectionRects.map((rect, i) => (
          <div key={i} className="remote-selection" style={{ ...rect, backgroundColor: colour }} aria-hidden="true" />
        ))}
        {cursor.caretPosition && (
          <div className="remote-caret" style={{ ...cursor.caretPosition, backgroundColor: colour }} data-remote-caret={name} title={name}>
            <span className="remote-name" style={{ backgroundColor: colour }}>
              {name}
            </span>
          </div>
        )}
      </Fragment>
    );
  });
}
