/**
 * The app's clerk and hand-over (renderer/ratify/), against the attacks a hostile delegate can make with
 * plain Yjs writes: deleting signed statements from the shared document (the store puts them back, and
 * the result stands), and offering a seat's hand-over that the key in force did not sign, or rewriting a
 * genuine offer (the new computer neither shows nor accepts it). Also: the store closes due motions with
 * its delegate's key, and only when that key is on the roster; and typing in the draft makes it count again
 * only once motions or meetings exist (other changes always do).
 */
import { getPublicKeyAsync, signAsync, utils } from '@noble/ed25519';
import { Transforms } from 'slate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { editConstitution } from '../../src/constitution/document.ts';
import { bindKey, castVote, openMotion } from '../../src/ratify/actions.ts';
import { currentKey, readParliament } from '../../src/ratify/parliament.ts';
import { toHex, type Signer } from '../../src/ratify/signing.ts';
import { signStatement } from '../../src/ratify/statement.ts';
import { readStatementLog, statementsArray } from '../../src/ratify/statement-log.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { initWorkspace } from '../../src/workspace/init.ts';
import { acceptHandOver, offerHandOver, offeredHandOver } from '../../renderer/ratify/hand-over.ts';
import { ParliamentStore } from '../../renderer/ratify/parliament-store.ts';

async function newSigner(): Promise<Signer> {
  const secret = utils.randomSecretKey();
  const publicKey = await getPublicKeyAsync(secret);
  return { publicKey, sign: (message) => signAsync(message, secret) };
}

/** A founded coalition of three organizations, each delegate's key on the roster. */
async function coalition(): Promise<{ doc: Y.Doc; orgs: string[]; keys: Signer[] }> {
  const doc = newWorkspaceDoc();
  initWorkspace(doc, 'Test Coalition');
  const orgs = ['One', 'Two', 'Three'].map((name, i) => addOrganization(doc, { name, short: `O${i + 1}` }).id);
  const keys: Signer[] = [];
  for (const org of orgs) {
    const key = await newSigner();
    await bindKey(doc, org, key);
    keys.push(key);
  }
  return { doc, orgs, keys };
}

/** A coalition in which O1's delegate has offered O1's seat to a new laptop's key. */
async function offeredToLaptop(): Promise<{ doc: Y.Doc; org: string; k1: Signer; laptop: Signer }> {
  const { doc, orgs, keys } = await coalition();
  const [k1] = keys;
  const org = orgs[0] ?? '';
  if (!k1) throw new Error('key');
  const laptop = await newSigner();
  await offerHandOver(doc, org, k1, toHex(laptop.publicKey));
  return { doc, org, k1, laptop };
}

function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = newWorkspaceDoc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function storeOf(doc: Y.Doc, key: Signer): ParliamentStore {
  return new ParliamentStore(
    doc,
    () => Promise.resolve(key),
    () => true,
  );
}

/** O1 proposes removing O3; O1 and O2 vote yes, O3 no: every member has voted, so the motion is due. */
async function removalVoted(doc: Y.Doc, orgs: string[], keys: Signer[]): Promise<string> {
  const [k1, k2, k3] = keys;
  if (!k1 || !k2 || !k3) throw new Error('three keys');
  const motion = await openMotion(doc, k1, { kind: 'remove', target: orgs[2] ?? '' });
  await castVote(doc, k1, motion, 'yes');
  await castVote(doc, k2, motion, 'yes');
  await castVote(doc, k3, motion, 'no');
  return motion;
}

describe('the store: the clerk’s work', () => {
  it('closes a due motion with its delegate’s key, and not with a key that is not on the roster', async () => {
    const { doc, orgs, keys } = await coalition();
    const motion = await removalVoted(doc, orgs, keys);
    await storeOf(doc, await newSigner()).refresh();
    expect(readParliament(doc).motions.find((m) => m.id === motion)?.closing).toBe('');
    await storeOf(doc, keys[1] ?? (await newSigner())).refresh();
    const closed = readParliament(doc).motions.find((m) => m.id === motion);
    expect(closed?.status).toBe('passed');
    expect(closed?.closedBy).toBe(orgs[1]);
    expect(readParliament(doc).organizations.get(orgs[2] ?? '')?.status).toBe('removed');
  });

  it('puts back statements a hostile peer deleted from the shared document; the result stands on a replica that joins later', async () => {
    const { doc, orgs, keys } = await coalition();
    const motion = await removalVoted(doc, orgs, keys);
    const store = storeOf(doc, keys[0] ?? (await newSigner()));
    await store.refresh();
    const before = readParliament(doc).motions.find((m) => m.id === motion)?.explanation;
    expect(before).toMatch(/^Passed: 2 of 3 member votes said yes/);
    // The hostile delegate wipes the statements root, and its update reaches this replica.
    const hostile = replicaOf(doc);
    statementsArray(hostile).delete(0, statementsArray(hostile).length);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(hostile));
    expect(statementsArray(doc).length).toBe(0);
    expect(readParliament(doc).withdrawnFromView.length).toBeGreaterThan(0);
    await store.refresh();
    expect(readStatementLog(doc).deleted.size).toBe(0);
    expect(readParliament(doc).withdrawnFromView).toEqual([]);
    // What a replica that only receives the shared document now sees: every statement, live.
    const later = replicaOf(doc);
    expect(readStatementLog(later).deleted.size).toBe(0);
    expect(readParliament(later).motions.find((m) => m.id === motion)?.explanation).toBe(before);
    // The restore is a change to the workspace, which schedules the next count: it reports nothing deleted.
    await store.refresh();
    expect(store.current()?.problems).toEqual([]);
  });
});

describe('handing a seat to a new computer', () => {
  it('the key in force offers, the new key accepts: the seat passes, and the old key no longer votes', async () => {
    const { doc, org, k1, laptop } = await offeredToLaptop();
    const offer = offeredHandOver(doc, toHex(laptop.publicKey));
    expect(offer?.body.org).toBe(org);
    expect(offer?.body.by).toBe(toHex(k1.publicKey));
    await acceptHandOver(doc, laptop);
    const parliament = readParliament(doc);
    expect(currentKey(parliament.roster, org)).toBe(toHex(laptop.publicKey));
    expect(parliament.problems).toEqual([]);
    expect(offeredHandOver(doc, toHex(laptop.publicKey))).toBeUndefined();
    const motion = await openMotion(doc, laptop, { kind: 'chair', target: org });
    await expect(castVote(doc, k1, motion, 'yes')).rejects.toThrow(/not on the coalition’s roster/);
  });

  it('an offer signed by another member’s key, or a genuine offer rewritten to another key, is neither shown nor accepted', async () => {
    const { doc, orgs, keys } = await coalition();
    const [k1, k2] = keys;
    const org = orgs[0] ?? '';
    if (!k1 || !k2) throw new Error('keys');
    const parliament = readParliament(doc);
    const thief = await newSigner();
    const thiefKey = toHex(thief.publicKey);
    // O2's delegate offers O1's seat to a key of their own.
    const forged = await signStatement(
      {
        kind: 'bind',
        coalition: parliament.coalition,
        by: toHex(k2.publicKey),
        at: new Date().toISOString(),
        founding: parliament.founding,
        org,
        key: thiefKey,
        previous: parliament.roster.keys.get(org)?.at(-1)?.binding ?? '',
        motion: '',
      },
      k2,
    );
    doc.getMap('handovers').set(thiefKey, forged.stored);
    expect(offeredHandOver(doc, thiefKey)).toBeUndefined();
    const statements = statementsArray(doc).length;
    await expect(acceptHandOver(doc, thief)).rejects.toThrow(/No hand-over from the key in force/);
    expect(statementsArray(doc).length).toBe(statements);
    // O1 offers to its laptop; a peer moves the offer to the thief's key, rewriting the key it names.
    const laptop = await newSigner();
    await offerHandOver(doc, org, k1, toHex(laptop.publicKey));
    const genuine = doc.getMap('handovers').get(toHex(laptop.publicKey));
    if (typeof genuine !== 'string') throw new Error('offer');
    const rewritten = genuine.replace(toHex(laptop.publicKey), thiefKey);
    doc.getMap('handovers').set(thiefKey, rewritten);
    expect(offeredHandOver(doc, thiefKey)).toBeUndefined();
    await expect(acceptHandOver(doc, thief)).rejects.toThrow(/No hand-over from the key in force/);
    expect(currentKey(readParliament(doc).roster, org)).toBe(toHex(k1.publicKey));
  });
});

describe('copies of one statement (src/ratify/statement-log.ts keeps a copy whose signatures verify)', () => {
  // The id covers the body only. When the log kept the first copy of each id, a peer who read a hand-over
  // offer from the shared document could append it unfinished before the new computer appended it with its
  // proof: the finished copy was ignored and the hand-over could never take effect.
  it('the new key takes the seat even when a peer appended the unfinished offer first', async () => {
    const { doc, org, laptop } = await offeredToLaptop();
    const offer = doc.getMap('handovers').get(toHex(laptop.publicKey));
    if (typeof offer !== 'string') throw new Error('offer');
    statementsArray(doc).push([offer]);
    await acceptHandOver(doc, laptop);
    expect(currentKey(readParliament(doc).roster, org)).toBe(toHex(laptop.publicKey));
  });

  // The same cause in general: any delegate could put, at index 0 of the statements root, a copy of any
  // statement (a vote, a closing) with a garbage signature; the log kept that copy, the fold rejected it
  // as "Its signature does not verify", and the genuine statement was lost on every replica.
  it('a vote still counts after a peer inserts a badly signed copy of it before it', async () => {
    const { doc, orgs, keys } = await coalition();
    const [k1] = keys;
    if (!k1) throw new Error('key');
    const motion = await openMotion(doc, k1, { kind: 'chair', target: orgs[0] ?? '' });
    const voteId = await castVote(doc, k1, motion, 'yes');
    const genuine = readStatementLog(doc).statements.get(voteId);
    if (!genuine) throw new Error('vote');
    statementsArray(doc).insert(0, [JSON.stringify({ body: genuine.canonical, signature: 'ab'.repeat(64) })]);
    const counted = readParliament(doc)
      .motions.find((m) => m.id === motion)
      ?.votes.find((v) => v.id === voteId);
    expect(counted?.standing).toBe('counted');
  });
});

describe('the store: when it counts again', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('after a keystroke only while a motion or meeting exists; after any other change always', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { doc, orgs, keys } = await coalition();
    const [k1] = keys;
    if (!k1) throw new Error('key');
    const store = storeOf(doc, k1);
    const stop = store.watch();
    await store.refresh();
    await vi.runOnlyPendingTimersAsync();
    await store.refresh();
    const type = (text: string): void => editConstitution(doc, (editor) => Transforms.insertText(editor, text, { at: { path: [0, 0], offset: 0 } }));
    const idle = vi.getTimerCount();

    type('We ');
    expect(vi.getTimerCount()).toBe(idle);
    addOrganization(doc, { name: 'Four', short: 'O4' });
    expect(vi.getTimerCount()).toBe(idle + 1);
    await vi.runOnlyPendingTimersAsync();
    await store.refresh();

    await openMotion(doc, k1, { kind: 'remove', target: orgs[2] ?? '' });
    await vi.runOnlyPendingTimersAsync();
    await store.refresh();
    expect(store.current()?.motions.length).toBe(1);
    const counted = vi.getTimerCount();
    type('all ');
    expect(vi.getTimerCount()).toBe(counted + 1);
    stop();
  });
});
