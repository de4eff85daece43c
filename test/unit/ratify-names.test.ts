/**
 * Delegates' names on the signed record: a name stands only when the seat's own key signed it (on its
 * binding, a hand-over or a later profile); statements made before names existed still parse and verify;
 * a name written by anyone else — the plain organization list, another delegate's key, a forged copy — is
 * never shown. Also what the names feed: the election's label, the place of adoption, and motions showing
 * the text they are on numbered as the constitution numbers it.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { bindKey, castVote, changeSettings, closeMotion, handOver, openMotion, signDelegateName } from '../../src/ratify/actions.ts';
import { signedDelegate, readParliament } from '../../src/ratify/parliament.ts';
import { toHex, type Signer } from '../../src/ratify/signing.ts';
import { parseStatement, signStatement, statementVerifies, storedForm } from '../../src/ratify/statement.ts';
import { appendStatements, statementsArray } from '../../src/ratify/statement-log.ts';
import { summarizeParliament } from '../../src/ratify/summary.ts';
import { addOrganization, updateOrganization } from '../../src/workspace/workspace.ts';
import { idByText, workspaceWith } from './core-helpers.ts';
import { at, TEXT, testSigner } from './ratify-helpers.ts';

interface Named {
  doc: Y.Doc;
  swp: string;
  dsa: string;
  swpKey: Signer;
  dsaKey: Signer;
}

/** Two organizations; SWP's delegate Carla founds with her name, DSA's key joins without one (as before names were signed). */
async function named(): Promise<Named> {
  const doc = workspaceWith(TEXT);
  const swp = addOrganization(doc, { name: 'Socialist Workers Party', short: 'SWP', delegate: 'Carla' }).id;
  const dsa = addOrganization(doc, { name: 'Democratic Socialists', short: 'DSA' }).id;
  const swpKey = await testSigner();
  const dsaKey = await testSigner();
  await bindKey(doc, swp, swpKey, at(0), 'Carla');
  await bindKey(doc, dsa, dsaKey, at(0));
  return { doc, swp, dsa, swpKey, dsaKey };
}

const rosterNames = (doc: Y.Doc, now = at(30)): Record<string, string> => Object.fromEntries(summarizeParliament(doc, now).roster.map((m) => [m.short, m.delegate]));

describe('delegates’ names on the record', () => {
  it('shows the name the seat signed, and none where the seat signed none', async () => {
    const c = await named();
    expect(rosterNames(c.doc)).toEqual({ SWP: 'Carla', DSA: '' });
  });

  it('reads a statement without a name, as older versions wrote it, and verifies it', async () => {
    const c = await named();
    const bodies = statementsArray(c.doc).toArray().map(parseStatement);
    const dsaBinding = bodies.find((s) => s?.body.kind === 'bind' && s.body.org === c.dsa);
    expect(dsaBinding?.canonical).not.toContain('delegate');
    expect(dsaBinding && statementVerifies(dsaBinding)).toBe(true);
    expect(readParliament(c.doc, at(30)).problems).toEqual([]);
  });

  it('changes the name when the delegate signs a new one, keeping the organization’s name as signed', async () => {
    const c = await named();
    await signDelegateName(c.doc, c.dsaKey, 'Dolores', at(5));
    const p = readParliament(c.doc, at(30));
    expect(signedDelegate(p.roster, c.dsa)).toBe('Dolores');
    expect(p.organizations.get(c.dsa)?.name).toBe('Democratic Socialists');
  });

  it('gives a new key only the name it signs: a hand-over does not carry the old delegate’s name', async () => {
    const c = await named();
    const laptop = await testSigner();
    await handOver(c.doc, c.swp, c.swpKey, laptop, at(10));
    const p = readParliament(c.doc, at(30));
    expect(signedDelegate(p.roster, c.swp)).toBe('');
    expect(signedDelegate(p.roster, c.swp, at(5).toISOString())).toBe('Carla');
    const next = await testSigner();
    await handOver(c.doc, c.swp, laptop, next, at(20), 'Dan');
    expect(signedDelegate(readParliament(c.doc, at(30)).roster, c.swp)).toBe('Dan');
  });

  it('never shows a name the seat did not sign: the plain list, another delegate’s key, a forged copy', async () => {
    const c = await named();
    // The plain organization list says "Mallory" for DSA: it decides nothing.
    updateOrganization(c.doc, c.dsa, { delegate: 'Mallory' });
    // SWP's delegate signs a profile naming DSA's delegate: not DSA's key, so refused.
    const p0 = readParliament(c.doc, at(1));
    const dsaSeat = p0.roster.keys.get(c.dsa)?.at(-1)?.binding ?? '';
    const forged = await signStatement(
      {
        kind: 'profile',
        coalition: p0.coalition,
        by: toHex(c.swpKey.publicKey),
        at: at(2).toISOString(),
        founding: p0.founding,
        seat: dsaSeat,
        org: c.dsa,
        name: 'Democratic Socialists',
        short: 'DSA',
        colour: '#aa0000',
        delegate: 'Mallory',
      },
      c.swpKey,
    );
    appendStatements(c.doc, [forged.stored]);
    // Carla's own binding, copied with her name changed and her signature kept: it no longer verifies.
    const carla = statementsArray(c.doc)
      .toArray()
      .map(parseStatement)
      .find((s) => s?.body.kind === 'found');
    if (!carla) throw new Error('no founding');
    const canonical = carla.canonical.replace('"delegate":"Carla"', '"delegate":"Mallory"');
    appendStatements(c.doc, [storedForm({ ...carla, canonical })]);
    const p = readParliament(c.doc, at(30));
    expect(rosterNames(c.doc)).toEqual({ SWP: 'Carla', DSA: '' });
    expect(p.problems.map((x) => x.message)).toEqual(expect.arrayContaining(['It is not signed by the key of the seat it acts from.', 'Its signature does not verify.']));
  });
});

describe('what the names feed', () => {
  it('an election reads with the organization’s name and its delegate’s signed name', async () => {
    const c = await named();
    await openMotion(c.doc, c.dsaKey, { kind: 'chair', target: c.swp, closesAt: at(60) }, at(1));
    await openMotion(c.doc, c.dsaKey, { kind: 'chair', target: c.dsa, closesAt: at(60) }, at(1));
    const labels = summarizeParliament(c.doc, at(2))
      .motions.map((m) => m.targetLabel)
      .sort();
    expect(labels).toEqual(['Elect the Democratic Socialists’ delegate as chair', 'Elect the Socialist Workers Party’s delegate (Carla) as chair']);
  });

  it('the app’s tally speaks its language: the election, its tally so far and its result in Spanish, the English contract unchanged', async () => {
    const c = await named();
    const motion = await openMotion(c.doc, c.dsaKey, { kind: 'chair', target: c.swp, closesAt: at(60) }, at(1));
    await castVote(c.doc, c.swpKey, motion, 'yes', at(2));
    const open = summarizeParliament(c.doc, at(3), undefined, 'es').motions[0];
    expect(open?.targetLabel).toBe('Elegir como presidente al delegado de Socialist Workers Party (Carla)');
    expect(open?.explanation).toMatch(/^Abierta\. Hasta ahora — 1 de 2 organizaciones miembro votaron a favor \(1 a favor, 0 en contra, 0 abstenciones\); se requiere/);
    expect(summarizeParliament(c.doc, at(3)).motions[0]?.explanation).toMatch(/^Open\. So far — 1 of 2 member votes said yes/);
    await castVote(c.doc, c.dsaKey, motion, 'yes', at(4));
    await closeMotion(c.doc, c.dsaKey, motion, at(5));
    expect(summarizeParliament(c.doc, at(6), undefined, 'es').motions[0]?.explanation).toMatch(/^Aprobada: 2 de 2 organizaciones miembro votaron a favor/);
    expect(summarizeParliament(c.doc, at(6)).motions[0]?.explanation).toMatch(/^Passed: 2 of 2 member votes said yes/);
  });

  it('the chair in office is named by their signed name', async () => {
    const c = await named();
    const motion = await openMotion(c.doc, c.dsaKey, { kind: 'chair', target: c.swp, closesAt: at(60) }, at(1));
    await castVote(c.doc, c.swpKey, motion, 'yes', at(2));
    await castVote(c.doc, c.dsaKey, motion, 'yes', at(3));
    await closeMotion(c.doc, c.dsaKey, motion, at(4));
    expect(summarizeParliament(c.doc, at(5)).chair).toMatchObject({ short: 'SWP', delegate: 'Carla' });
  });

  it('the place of adoption is a setting, signed at the founding', async () => {
    const doc = workspaceWith(TEXT);
    const org = addOrganization(doc, { name: 'Socialist Workers Party', short: 'SWP' }).id;
    expect(summarizeParliament(doc).settings.place).toBe('');
    changeSettings(doc, { place: 'Leipzig' });
    await bindKey(doc, org, await testSigner(), at(0), 'Carla');
    const summary = summarizeParliament(doc, at(1));
    expect(summary.founded).toBe(true);
    expect(summary.settings.place).toBe('Leipzig');
  });

  it('a motion shows the text it is on numbered as the constitution numbers it; the whole text numbered and structured', async () => {
    const c = await named();
    const clause = idByText(c.doc, 'Each member organization sends one delegate.');
    await openMotion(c.doc, c.dsaKey, { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
    await openMotion(c.doc, c.dsaKey, { kind: 'constitution', target: 'constitution', closesAt: at(60) }, at(1));
    const motions = summarizeParliament(c.doc, at(2)).motions;
    const onClause = motions.find((m) => m.kind === 'clause');
    expect(onClause?.numbered.map((b) => `${b.place} ${b.text}`)).toEqual(['Article I (2) Each member organization sends one delegate.']);
    const whole = motions.find((m) => m.kind === 'constitution');
    expect(whole?.numbered.map((b) => [b.type, b.label, b.place])).toEqual([
      ['preamble', '', 'Preamble'],
      ['article', 'Article I', 'Article I'],
      ['clause', '(1)', 'Article I (1)'],
      ['clause', '(2)', 'Article I (2)'],
      ['article', 'Article II', 'Article II'],
      ['clause', '(1)', 'Article II (1)'],
    ]);
  });
});
