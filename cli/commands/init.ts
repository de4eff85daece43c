/** `concord init FILE --name NAME`: create a new coalition workspace file. */
import { initWorkspace } from '../../src/workspace/init.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { printJson, requireFlag, requirePositional, type CommandAction } from '../command.ts';
import { saveWorkspace } from '../workspace-file.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';

export const init: CommandAction = {
  options: { name: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const name = requireFlag(args, 'name');
    if (await io.exists(file)) {
      throw new ConcordError('file.exists', { path: file });
    }
    const doc = newWorkspaceDoc();
    const meta = initWorkspace(doc, name);
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { file, workspace: meta });
    else io.out(`Created ${file}: coalition "${meta.name}" (workspace ${meta.id}).\n`);
    return 0;
  },
};
