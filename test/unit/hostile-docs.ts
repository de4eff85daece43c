/**
 * Well-formed hostile Yjs updates, as a peer with an ordinary invitation could send them: wrong types under
 * the workspace's roots, constitution blocks nested deep, a struct whose history nobody has, and deletions
 * in the append-only `statements` root. Each is built with Yjs itself, so it decodes cleanly.
 */
import * as Y from 'yjs';

/** The 35-byte update of the report: `orgs["x"] = "x"`, made by a client of its own. */
export function orgsStringUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('orgs').set('x', 'x');
  return Y.encodeStateAsUpdate(doc);
}

/** A value of the wrong type under `root` (a plain string where Y types are expected, or the reverse). */
export function wrongTypeUpdate(root: string): Uint8Array {
  const doc = new Y.Doc();
  if (root === 'roster' || root === 'statements') doc.getArray(root).push([new Y.Map()]);
  else if (root === 'constitution') doc.get(root, Y.XmlText).insert(0, 'loose text');
  else doc.getMap(root).set('x', root === 'meta' || root === 'versions' ? new Y.Map() : 'x');
  return Y.encodeStateAsUpdate(doc);
}

/** Constitution blocks nested `depth` deep (the constitution is a flat list of blocks). */
export function deepConstitutionUpdate(depth: number, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  // Built from the outside in, each block inserted into one already in the document: Yjs integrates a
  // prepared (not yet inserted) nesting recursively, which would overflow long before 10,000.
  doc.transact(() => {
    let outer = doc.get('constitution', Y.XmlText);
    for (let i = 0; i <= depth; i += 1) {
      const inner = new Y.XmlText();
      outer.insertEmbed(outer.length, inner, {});
      inner.setAttribute('type', 'clause');
      inner.setAttribute('id', `deep${i}`);
      outer = inner;
    }
  });
  return Y.encodeStateAsUpdate(doc, before);
}

/** One struct at clock 5 of a client whose clocks 0–4 exist nowhere. */
export function pendingStructUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 4242424242;
  const map = doc.getMap('comments');
  for (let i = 0; i < 6; i += 1) map.set(`k${i}`, `${i}`);
  return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(new Map([[doc.clientID, 5]])));
}
