/**
 * `.concord` files with a valid checksum holding hostile shapes — `orgs["x"] = "x"`, constitution blocks
 * nested 10,000 deep, a change whose history is missing: every command either works while saying what it
 * skipped or refuses with exit 1 and a clear message, never crashes, and never changes the file; `concord
 * repair` drops the damage, after which writing works again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeFileDamage, encodeWorkspaceFile, readWorkspace } from '../../src/file/format.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { workspaceWith } from './core-helpers.ts';
import { deepConstitutionUpdate, orgsStringUpdate, pendingStructUpdate } from './hostile-docs.ts';

function poisonedFile(update: (base: Y.Doc) => Uint8Array): string {
  const doc = workspaceWith(['preamble:We unite.', 'clause:Open to all.']);
  Y.applyUpdate(doc, update(doc));
  const file = join(tempDir(), 'coalition.concord');
  writeFileSync(file, encodeWorkspaceFile(doc));
  return file;
}

const SHAPES = {
  'orgs["x"] = "x"': () => orgsStringUpdate(),
  'constitution nested 10,000 deep': (base: Y.Doc) => deepConstitutionUpdate(10_000, base),
};

const COMMANDS = (file: string, out: string): string[][] => [
  ['info', file],
  ['info', file, '--json'],
  ['tally', file],
  ['verify', file],
  ['export', file, '--format', 'md', '--draft', '--out', out],
  ['org', 'add', file, '--name', 'Partido', '--short', 'PSL'],
];

describe('hostile shapes in a .concord file', () => {
  for (const [shape, update] of Object.entries(SHAPES)) {
    it(`${shape}: every command works or refuses with exit 1, says what is damaged, and leaves the file byte-identical`, async () => {
      const file = poisonedFile(update);
      const bytes = readFileSync(file);
      for (const argv of COMMANDS(file, join(tempDir(), 'out.md'))) {
        const result = await concord(argv);
        expect([0, 1], `${argv.join(' ')}: ${result.err}`).toContain(result.code);
        expect(result.err, argv.join(' ')).toMatch(/damaged/);
        expect(readFileSync(file).equals(bytes), argv.join(' ')).toBe(true);
      }
      const added = await concord(['org', 'add', file, '--name', 'Partido', '--short', 'PSL']);
      expect(added.code).toBe(1);
      expect(added.err).toContain(`Run "concord repair ${file}"`);

      const repaired = await concord(['repair', file]);
      expect(repaired.code).toBe(0);
      expect(repaired.out).toMatch(/Dropped:\nIn the (member organizations|constitution)/);
      expect(readWorkspace(readFileSync(file)).damage).toEqual({ missingHistory: false, skipped: [] });
      expect((await concord(['org', 'add', file, '--name', 'Partido', '--short', 'PSL'])).code).toBe(0);
      expect((await concord(['info', file])).out).toContain('Open to all.');
    }, 60_000);
  }

  it('words the damage in the reader’s language', () => {
    const { damage } = readWorkspace(readFileSync(poisonedFile(() => orgsStringUpdate())));
    const spanish = describeFileDamage(damage, 'coalición.concord', i18n.getFixedT('es', 'core'));
    expect(spanish).toMatch(/^coalición\.concord tiene partes dañadas:\nEn las organizaciones miembro, la entrada «x» está dañada \(.+\) y se omitió\.$/);
    expect(describeFileDamage(damage, 'coalition.concord', i18n.getFixedT('en', 'core'))).toMatch(
      /^coalition\.concord has damaged parts:\nIn the member organizations, entry "x" is damaged/,
    );
  });

  it('a file holding a change whose history is missing opens with it reported, not refused whole', async () => {
    const file = poisonedFile(() => pendingStructUpdate());
    const bytes = readFileSync(file);
    const info = await concord(['info', file]);
    expect(info.code).toBe(0);
    expect(info.out).toContain('Open to all.');
    expect(info.err).toContain('holds changes whose earlier history is missing; they were left out');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect((await concord(['repair', file])).code).toBe(0);
    expect(readWorkspace(readFileSync(file)).damage.missingHistory).toBe(false);
  });
});
