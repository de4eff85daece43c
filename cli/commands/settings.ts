/**
 * `concord settings FILE [--language en|es] [--json]`: show or change the coalition's settings that are not
 * ratification rules (those are `concord rules`): the language its exports are written in.
 */
import { LANGUAGE_NAMES } from '../../src/i18n/languages.ts';
import { readCoalitionLanguage, setCoalitionLanguage } from '../../src/workspace/language.ts';
import { printData, requirePositional, stringFlag, type CommandAction } from '../command.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';

export const settings: CommandAction = {
  options: { language: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const language = stringFlag(args, 'language');
    const doc = await openWorkspace(io, file);
    if (language !== undefined) {
      setCoalitionLanguage(doc, language);
      await saveWorkspace(io, file, doc);
    }
    const now = readCoalitionLanguage(doc);
    printData(io, args, { language: now }, (s) => `${io.say('act.settings.language', { name: LANGUAGE_NAMES[s.language], language: s.language })}\n`);
    return 0;
  },
};
