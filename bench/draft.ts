/** A long draft constitution for the benchmarks that need one (the editor, the CLI). */
import { Transforms } from 'slate';
import * as Y from 'yjs';
import { editConstitution } from '../src/constitution/document.ts';
import type { BlockType } from '../src/constitution/schema.ts';
import { newBlock } from '../src/constitution/structure.ts';
import { addOrganization } from '../src/workspace/workspace.ts';
import { initWorkspace } from '../src/workspace/init.ts';

const WORDS =
  'every member organization sends one delegate to the assembly which meets at least twice a year and decides by majority of votes cast unless this constitution requires more its decisions bind all members until changed'.split(
    ' ',
  );

/** A draft of `size` blocks (an article every 25, a section every 6, clauses of about 50 words), drafted by two organizations. */
export function draft(size: number): Y.Doc {
  const doc = new Y.Doc();
  initWorkspace(doc, `Bench ${size}`);
  const orgs = [addOrganization(doc, { name: 'Workers', short: 'WRK' }), addOrganization(doc, { name: 'Tenants', short: 'TEN' })];
  let seed = 1;
  const word = (): string => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return WORDS[seed % WORDS.length] ?? 'and';
  };
  const blocks = Array.from({ length: size }, (_, i) => {
    const type: BlockType = i === 0 ? 'preamble' : i % 25 === 1 ? 'article' : i % 6 === 2 ? 'section' : 'clause';
    const length = type === 'clause' || type === 'preamble' ? 50 : 4;
    return newBlock(type, Array.from({ length }, word).join(' '));
  });
  for (const [i, org] of orgs.entries()) {
    const half = blocks.slice(i * (size / 2), (i + 1) * (size / 2));
    editConstitution(doc, (editor) => Transforms.insertNodes(editor, half, { at: [editor.children.length] }), { actor: () => ({ org: org.id, delegate: `Delegate ${i + 1}` }) });
  }
  editConstitution(doc, (editor) => Transforms.removeNodes(editor, { at: [0] }));
  return doc;
}
