/** `concord init FILE --name NAME [--language en|es]`: create a new coalition workspace file. */
import { initWorkspace } from '../../src/workspace/init.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { checkLanguage, readCoalitionLanguage, setCoalitionLanguage } from '../../src/workspace/language.ts';
import { printJson, requireFlag, requirePositional, stringFlag, type CommandAction } from '../command.ts';
import { saveWorkspace } from '../workspace-file.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';

export const init: CommandAction = {
  options: { name: { type: 'string' }, language: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const name = requireFlag(args, 'name');
    const wanted = stringFlag(args, 'language');
    // Checked before anything is written: a wrong language leaves no file behind.
    const language = wanted === undefined ? undefined : checkLanguage(wanted);
    if (await io.exists(file)) {
      throw new ConcordError('file.exists', { path: file });
    }
    const doc = newWorkspaceDoc();
    const meta = initWorkspace(doc, name);
    if (language !== undefined) setCoalitionLanguage(doc, language);
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { file, workspace: meta, language: readCoalitionLanguage(doc) });
    else io.out(`${io.say('act.init.created', { file, name: meta.name, id: meta.id })}\n`);
    return 0;
  },
};
