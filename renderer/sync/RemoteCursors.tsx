/** The other delegates' carets and selections over the editor, each labelled with their name in their colour. */
import { useRemoteCursorOverlayPositions } from '@slate-yjs/react';
import { Fragment, useMemo, type ReactNode } from 'react';
import type { CursorData } from '../editor/create-editor.ts';

/** `container` is the positioned element around the editor that the overlay is drawn in. */
export function RemoteCursors({ container }: { container: HTMLDivElement }): ReactNode {
  const containerRef = useMemo(() => ({ current: container }), [container]);
  const [cursors] = useRemoteCursorOverlayPositions<CursorData, HTMLDivElement>({ containerRef });
  return cursors.map((cursor) => {
    const colour = cursor.data?.colour ?? '#888888';
    const name = cursor.data?.name ?? '';
    return (
      <Fragment key={cursor.clientId}>
        {cursor.selectionRects.map((rect, i) => (
          <div key={i} className="remote-selection" style={{ ...rect, backgroundColor: colour }} aria-hidden="true" />
        ))}
        {cursor.caretPosition && (
          <div className="remote-caret" style={{ ...cursor.caretPosition, backgroundColor: colour }} data-remote-caret={name}>
            <span className="remote-name" style={{ backgroundColor: colour }}>
              {name}
            </span>
          </div>
        )}
      </Fragment>
    );
  });
}
