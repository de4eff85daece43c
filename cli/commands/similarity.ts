/**
 * `concord similarity --pairs FILE [--json]`: one similarity (0 to 1) per line of FILE, each line
 * `text one<TAB>text two` — Compare's own similarity (src/compare/similarity.ts), the file's texts weighed
 * together as Compare weighs the principles it compares. Blank lines are skipped; any other line without
 * exactly one tab is refused with its line number, and nothing is printed.
 */
import { pairSimilarities } from '../../src/compare/similarity.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { printJson, requireFlag, type CommandAction } from '../command.ts';
import { loadWordVectors } from '../word-vectors.ts';

interface Pair {
  line: number;
  texts: readonly [string, string];
}

/** The pairs of a pairs file; throws a ConcordError naming the first malformed line. */
function parsePairs(text: string, file: string): Pair[] {
  const pairs: Pair[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const fields = raw.split('\t');
    const [one, two] = fields;
    if (fields.length !== 2 || one === undefined || two === undefined || one.trim() === '' || two.trim() === '') {
      const where = { path: file, line: i + 1 };
      if (fields.length === 1) throw new ConcordError('similarity.bad-line.no-tab', where);
      if (fields.length > 2) throw new ConcordError('similarity.bad-line.tabs', { ...where, tabs: fields.length - 1 });
      throw new ConcordError('similarity.bad-line.empty', where);
    }
    pairs.push({ line: i + 1, texts: [one.trim(), two.trim()] });
  });
  return pairs;
}

export const similarity: CommandAction = {
  options: { pairs: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requireFlag(args, 'pairs');
    if (!(await io.exists(file))) throw new ConcordError('file.missing', { path: file });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(file));
    } catch {
      throw new ConcordError('similarity.not-text', { path: file });
    }
    const pairs = parsePairs(text, file);
    const vectors = await loadWordVectors();
    if (vectors === undefined) io.err(`${io.say('report.similarity.noVectors')}\n`);
    const scores = pairSimilarities(
      pairs.map((p) => p.texts),
      vectors,
    ).map((s) => Number(s.toFixed(4)));
    if (args.values.json) printJson(io, { pairs: pairs.map((p, i) => ({ line: p.line, similarity: scores[i] ?? 0 })) });
    else io.out(scores.map((s) => `${s.toFixed(4)}\n`).join(''));
    return 0;
  },
};
