/**
 * The desktop main process is not a signing oracle: it signs only well-formed statements that name its own
 * key, and asks the delegate before signing a vote or a hand-over; arbitrary bytes, a statement for
 * another key or a tampered encoding are refused. The questions speak the shell's language.
 */
import { describe, expect, it } from 'vitest';
import { shellWordsIn } from '../../electron/shell-language.ts';
import { confirmationFor, reviewSigningRequest, type Confirm } from '../../electron/signing-policy.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { canonicalJson, statementBytes, type Body } from '../../src/ratify/statement.ts';
import { testSigner } from './ratify-helpers.ts';

const ID = 'a'.repeat(64);
const english = shellWordsIn('en');
const spanish = shellWordsIn('es');

function asked(answer: boolean): { confirm: Confirm; questions: string[] } {
  const questions: string[] = [];
  return { questions, confirm: async (q) => (questions.push(q.title), answer) };
}

describe('what the main process signs', () => {
  it('refuses bytes that are not a statement, and a statement naming another key', async () => {
    const me = await testSigner();
    const other = await testSigner();
    const { confirm } = asked(true);
    expect(await reviewSigningRequest(new TextEncoder().encode('transfer all funds'), me.publicKey, confirm, english)).toMatch(/not a Concord statement/);
    const body: Body = { kind: 'withdraw', coalition: 'w_1', by: toHex(other.publicKey), at: '2026-12-02T10:00:00.000Z', founding: ID, seat: ID, org: 'o_1' };
    expect(await reviewSigningRequest(statementBytes(canonicalJson(body)), me.publicKey, confirm, english)).toMatch(/another key/);
    expect(await reviewSigningRequest(statementBytes(JSON.stringify({ ...body, by: toHex(me.publicKey) }, null, 1)), me.publicKey, confirm, english)).toMatch(
      /not a Concord statement/,
    );
  });

  it('shows a vote and a hand-over before signing them, and signs nothing the delegate declines', async () => {
    const me = await testSigner();
    const next = await testSigner();
    const vote: Body = {
      kind: 'vote',
      coalition: 'w_1',
      by: toHex(me.publicKey),
      at: '2026-12-02T10:00:00.000Z',
      motion: ID,
      seat: ID,
      org: 'o_1',
      digest: 'sha256:abc',
      choice: 'no',
      replaces: '',
    };
    const declined = asked(false);
    expect(await reviewSigningRequest(statementBytes(canonicalJson(vote)), me.publicKey, declined.confirm, english)).toMatch(/did not confirm/);
    expect(declined.questions).toEqual(['Sign your vote: NO']);
    const agreed = asked(true);
    expect(await reviewSigningRequest(statementBytes(canonicalJson(vote)), me.publicKey, agreed.confirm, english)).toBe('');
    const handOver: Body = {
      kind: 'bind',
      coalition: 'w_1',
      by: toHex(me.publicKey),
      at: '2026-12-02T10:00:00.000Z',
      founding: ID,
      org: 'o_1',
      key: toHex(next.publicKey),
      previous: ID,
      motion: '',
    };
    expect(confirmationFor(handOver, english)?.detail).toMatch(/fingerprint/);
    expect(confirmationFor(handOver, spanish)?.detail).toMatch(/huella/);
    expect(confirmationFor(vote, spanish)).toMatchObject({ title: 'Firmar su voto: NO', agree: 'Firmar: NO' });
    expect(await reviewSigningRequest(statementBytes(canonicalJson(handOver)), me.publicKey, asked(false).confirm, english)).toMatch(/did not confirm/);
  });
});
