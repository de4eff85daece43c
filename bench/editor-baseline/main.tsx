/**
 * The editor benchmark's baseline page: slate-react + @slate-yjs alone (the versions Concord uses, chunked
 * like Concord), on the same document (the Yjs update at ?doc=…) with Concord's stylesheet and block class
 * names, so the only difference from the app is the app's own code.
 */
import { withYjs, YjsEditor } from '@slate-yjs/core';
import { useEffect, useMemo, type ReactElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, type Descendant } from 'slate';
import { Editable, Slate, withReact, type RenderChunkProps, type RenderElementProps } from 'slate-react';
import * as Y from 'yjs';
import type {} from '../../src/constitution/schema.ts';
import { CHUNK_SIZE } from '../../renderer/editor/chunk-size.ts';
import '../../renderer/styles.css';

function renderElement({ attributes, children, element }: RenderElementProps): ReactElement {
  return (
    <div {...attributes} className={`blk blk-${element.type}`}>
      <div className="blk-text">{children}</div>
    </div>
  );
}

function renderChunk({ attributes, children, lowest }: RenderChunkProps): ReactElement {
  return (
    <div {...attributes} className={lowest ? 'chunk' : undefined}>
      {children}
    </div>
  );
}

function BaselineEditor({ doc }: { doc: Y.Doc }): ReactNode {
  const editor = useMemo(() => {
    const bound = withReact(withYjs(createEditor(), doc.get('constitution', Y.XmlText)));
    bound.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
    return bound;
  }, [doc]);
  useEffect(() => {
    YjsEditor.connect(editor);
    return () => YjsEditor.disconnect(editor);
  }, [editor]);
  const initialValue: Descendant[] = [{ type: 'preamble', id: 'empty', children: [{ text: '' }] }];
  return (
    <Slate editor={editor} initialValue={initialValue}>
      <div className="document-frame">
        <Editable className="document" data-testid="constitution" renderElement={renderElement} renderChunk={renderChunk} spellCheck />
      </div>
    </Slate>
  );
}

async function main(): Promise<void> {
  const doc = new Y.Doc();
  const name = new URLSearchParams(location.search).get('doc') ?? '';
  Y.applyUpdate(doc, new Uint8Array(await (await fetch(name)).arrayBuffer()));
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(<BaselineEditor doc={doc} />);
}

void main();
