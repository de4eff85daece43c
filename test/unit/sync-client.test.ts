/**
 * The client-side sync helpers without a server: join links in both spellings (and what is not one), the
 * provider's arguments, reading the token check's answers, and the count of unconfirmed local changes fed
 * with hand-made server frames — additions confirmed by a state vector or an echo, deletions only by the
 * server announcing them, remote changes never counted.
 */
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appJoinLink, checkRequest, parseJoinLink, providerArguments, tokenFromProtocols, webJoinLink } from '../../src/sync/join-link.ts';
import { trackPendingChanges } from '../../src/sync/pending-changes.ts';
import { closeRefusal, interpretCheck } from '../../src/sync/token-check.ts';
import { ConcordError } from '../../src/workspace/errors.ts';

const token = 'Zm9vYmFyYmF6cXV4LXF1dXgtY29yZ2UtZ3JhdWx0LWdhcnBseQ';

describe('join links', () => {
  it('reads the app link and the web link of the same invitation', () => {
    const invitation = { server: 'ws://192.168.1.20:4321', workspace: 'w_0123456789abcdef', token };
    const app = appJoinLink(invitation);
    expect(app).toBe(`concord://join?server=ws%3A%2F%2F192.168.1.20%3A4321&workspace=w_0123456789abcdef&token=${token}`);
    expect(parseJoinLink(app)).toEqual(invitation);
    const web = webJoinLink(invitation);
    expect(web).toBe(`http://192.168.1.20:4321/join#workspace=w_0123456789abcdef&token=${token}`);
    expect(parseJoinLink(web)).toEqual(invitation);
    // Links handed out before the token moved into the #fragment still open.
    expect(parseJoinLink(`http://192.168.1.20:4321/join?workspace=w_0123456789abcdef&token=${token}`)).toEqual(invitation);
  });

  it('carries a meeting certificate’s fingerprint, and refuses a damaged one', () => {
    const fingerprint = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').toUpperCase()).join(':');
    const invitation = { server: 'wss://192.168.1.20:4321', workspace: 'w_a', token, fingerprint };
    expect(parseJoinLink(appJoinLink(invitation))).toEqual(invitation);
    expect(parseJoinLink(webJoinLink(invitation))).toEqual(invitation);
    expect(() => parseJoinLink(`${appJoinLink({ server: invitation.server, workspace: 'w_a', token })}&fingerprint=AB:CD`)).toThrow(/fingerprint/);
  });

  it('keeps https and a path prefix: https://host/concord/join → wss://host/concord', () => {
    const parsed = parseJoinLink(`  https://sync.example.org/concord/join/?workspace=w_a&token=${token}#x `);
    expect(parsed).toEqual({ server: 'wss://sync.example.org/concord', workspace: 'w_a', token });
    const provider = providerArguments(parsed);
    expect(provider).toMatchObject({ serverUrl: 'wss://sync.example.org/concord', room: 'w_a' });
    expect(tokenFromProtocols(provider.protocols.join(', '))).toBe(token);
    expect(checkRequest(parsed)).toEqual({ url: 'https://sync.example.org/concord/api/check', body: { workspace: 'w_a', token } });
  });

  it.each([
    ['', /not a Concord invitation link/],
    ['https://example.org/?workspace=w_a', /not a Concord invitation link/],
    [`concord://join?workspace=w_a&token=${token}`, /names no server/],
    [`concord://join?server=http%3A%2F%2Fh&workspace=w_a&token=${token}`, /not a sync server address/],
    [`concord://join?server=ws%3A%2F%2Fh&workspace=a%2Fb&token=${token}`, /no valid workspace/],
    ['concord://join?server=ws%3A%2F%2Fh&workspace=w_a&token=short', /no valid token/],
    ['concord://join?server=%E0%A4%A&workspace=w_a', /damaged/],
  ])('refuses %j with a clear message', (link, message) => {
    expect(() => parseJoinLink(link)).toThrow(message);
    expect(() => parseJoinLink(link)).toThrow(ConcordError);
  });
});

describe('token check answers', () => {
  it('reads admissions, refusals and nonsense', () => {
    expect(interpretCheck(200, { ok: true, workspace: 'w', org: 'RED', role: 'chair' })).toEqual({ kind: 'admitted', org: 'RED', role: 'chair' });
    expect(interpretCheck(200, { ok: true, org: 'RED', role: 'king' })).toMatchObject({ kind: 'unreachable' });
    expect(interpretCheck(403, { ok: false, reason: 'revoked' })).toMatchObject({ kind: 'refused', reason: 'revoked' });
    expect(interpretCheck(401, 'not json')).toMatchObject({ kind: 'refused', reason: 'unknown-token' });
    expect(interpretCheck(403, { reason: '__proto__' })).toMatchObject({ kind: 'refused', reason: 'revoked' });
    expect(interpretCheck(502, null)).toMatchObject({ kind: 'unreachable' });
    expect(closeRefusal(4403)).toBe('revoked');
    expect(closeRefusal(4401)).toBe('refused');
    expect(closeRefusal(1006)).toBeUndefined();
    expect(closeRefusal(4529)).toBeUndefined();
  });
});

function frame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('pending local changes', () => {
  it('counts local transactions until the server’s state vector or echo covers them', () => {
    const doc = new Y.Doc();
    const remote = Symbol('provider');
    const pending = trackPendingChanges(doc, (origin) => origin === remote);
    const seen: number[] = [];
    pending.onChange((count) => seen.push(count));
    const text = doc.getText('t');
    text.insert(0, 'one ');
    const afterOne = Y.encodeStateVector(doc);
    text.insert(4, 'two');
    expect(pending.count).toBe(2);

    pending.receive(frame(0, afterOne)); // the server's sync step 1: it has "one "
    expect(pending.count).toBe(1);
    pending.receive(frame(2, Y.encodeStateAsUpdate(doc))); // the echo of everything
    expect(pending.count).toBe(0);
    expect(seen).toEqual([1, 2, 1, 0]);

    const other = new Y.Doc();
    other.getText('t').insert(0, 'theirs ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), remote);
    expect(pending.count).toBe(0);
    pending.destroy();
  });

  it('confirms a deletion only when the server announces it', () => {
    const server = new Y.Doc();
    server.getText('t').insert(0, 'abcdef');
    const doc = new Y.Doc();
    const remote = Symbol('provider');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), remote);
    const pending = trackPendingChanges(doc, (origin) => origin === remote);
    let deletion: Uint8Array = new Uint8Array();
    doc.once('update', (update: Uint8Array) => (deletion = update));
    doc.getText('t').delete(1, 3);
    expect(pending.count).toBe(1);
    pending.receive(frame(0, Y.encodeStateVector(server))); // state vectors say nothing of deletions
    expect(pending.count).toBe(1);
    pending.receive(new Uint8Array([1, 2, 3])); // not a sync frame: ignored
    pending.receive(new Uint8Array([0, 2, 200])); // truncated: ignored
    expect(pending.count).toBe(1);
    Y.applyUpdate(server, deletion);
    pending.receive(frame(1, Y.encodeStateAsUpdate(server))); // a step 2 carries the whole delete set
    expect(pending.count).toBe(0);
  });
});
