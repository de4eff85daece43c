/**
 * Presence as announced by peers, hostile ones included: what is shown of a malformed or oversized
 * announcement, initials, and the roll of a meeting (who left stays, offline; who comes back is one entry).
 */
import { describe, expect, it } from 'vitest';
import { initials, PresenceRoll, readPresenceUser, textColourOn } from '../../src/sync/presence.ts';

describe('a peer’s presence', () => {
  it('is read only when it names someone, with colours that are colours and bounded lengths', () => {
    expect(readPresenceUser({ name: 'Ana', colour: '#aa0000', org: 'PSL', role: 'chair' })).toEqual({ name: 'Ana', colour: '#aa0000', org: 'PSL', role: 'chair' });
    expect(readPresenceUser({ name: '   ' })).toBeUndefined();
    expect(readPresenceUser('Ana')).toBeUndefined();
    expect(readPresenceUser(null)).toBeUndefined();
    const hostile = readPresenceUser({ name: 'x'.repeat(10_000), colour: 'red; background: url(https://evil.example/)', org: 'O'.repeat(500), role: 'king' });
    expect(hostile).toEqual({ name: 'x'.repeat(80), colour: '#888888', org: 'O'.repeat(16) });
  });

  it('writes initials in black or white, whichever reads on the organization’s colour', () => {
    expect(textColourOn('#bcbd22')).toBe('#000000');
    expect(textColourOn('#17becf')).toBe('#000000');
    expect(textColourOn('#aa0000')).toBe('#ffffff');
    expect(textColourOn('#393b79')).toBe('#ffffff');
  });

  it('gives up to two initials', () => {
    expect(initials('Ana Pérez')).toBe('AP');
    expect(initials('ben')).toBe('B');
    expect(initials('  María José de la Cruz ')).toBe('MC');
    expect(initials('Ōtani')).toBe('Ō');
  });
});

describe('the roll of a meeting', () => {
  it('keeps who left as offline, and one entry for who comes back with a new client id', () => {
    const roll = new PresenceRoll();
    type State = Record<string, unknown>;
    const ana: State = { user: { name: 'Ana', colour: '#aa0000', org: 'PSL', role: 'delegate' } };
    const olga: State = { user: { name: 'Olga', colour: '#00aa00', org: 'GRN', role: 'observer' } };
    const me: State = { user: { name: 'Me', colour: '#0000aa', org: 'DSA', role: 'chair' } };
    expect(
      roll
        .update(
          new Map([
            [1, me],
            [2, ana],
            [3, olga],
          ]),
          1,
        )
        .map((p) => `${p.name}:${p.online}`),
    ).toEqual(['Ana:true', 'Olga:true']);
    expect(
      roll
        .update(
          new Map([
            [1, me],
            [3, olga],
          ]),
          1,
        )
        .map((p) => `${p.name}:${p.online}`),
    ).toEqual(['Olga:true', 'Ana:false']);
    expect(
      roll
        .update(
          new Map([
            [1, me],
            [3, olga],
            [9, ana],
            [10, { garbage: true }],
          ]),
          1,
        )
        .map((p) => `${p.name}:${p.online}`),
    ).toEqual(['Ana:true', 'Olga:true']);
  });
});
