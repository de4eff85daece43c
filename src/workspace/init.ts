/** Creating a new workspace: its id and the coalition's name in `meta`, and a constitution with an empty preamble. */
import { Transforms } from 'slate';
import type * as Y from 'yjs';
import { editConstitution } from '../constitution/document.ts';
import { newBlock } from '../constitution/structure.ts';
import { newId } from '../ids.ts';
import { ConcordError } from './errors.ts';
import { checkName, metaMap, readMeta, WORKSPACE_FORMAT, type WorkspaceMeta } from './workspace.ts';

/** Create a new workspace in an empty Y.Doc: its id, the coalition's name, and an empty preamble. */
export function initWorkspace(doc: Y.Doc, name: string, id: string = newId('w_')): WorkspaceMeta {
  if (metaMap(doc).has('id')) throw new ConcordError('workspace.exists');
  const clean = checkName(name, 'coalition');
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('id', id);
    meta.set('name', clean);
    meta.set('format', WORKSPACE_FORMAT);
    meta.set('createdAt', new Date().toISOString());
  });
  editConstitution(doc, (editor) => Transforms.insertNodes(editor, newBlock('preamble'), { at: [0] }));
  return readMeta(doc);
}
