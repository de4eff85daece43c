/**
 * `concord repair FILE`: drop what a workspace file holds of the wrong shape (values of the wrong type,
 * blocks nested inside blocks) and changes whose history is missing, saying what was dropped. A sound file
 * is left untouched.
 */
import { describeAllSkipped } from '../../src/workspace/doc-shape.ts';
import { hasPending } from '../../src/workspace/pending-structs.ts';
import { dropDamaged } from '../../src/workspace/repair.ts';
import { printJson, requirePositional, type CommandAction } from '../command.ts';
import { coreWords, nodeSha256, openWorkspace, saveRepairedWorkspace } from '../workspace-file.ts';
import { readWorkspace } from '../../src/file/format.ts';

export const repair: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const { damage } = readWorkspace(await io.readFile(file), file, nodeSha256);
    const doc = await openWorkspace(io, file);
    const dropped = dropDamaged(doc);
    const changed = dropped.length > 0 || damage.missingHistory || hasPending(doc);
    if (changed) await saveRepairedWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { file, changed, dropped, missingHistoryDropped: damage.missingHistory });
    else if (!changed) io.out(`${io.say('act.repair.sound', { file })}\n`);
    else if (dropped.length === 0) io.out(`${io.say('act.repair.repaired', { file })}\n`);
    else io.out(`${io.say('act.repair.dropped', { file, parts: describeAllSkipped(dropped, await coreWords(io), dropped.length) })}\n`);
    return 0;
  },
};
