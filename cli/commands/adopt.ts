/** `concord adopt FILE --principle ID [--after CLAUSE_ID] [--org SHORT] [--delegate NAME] [--json]`: a principle becomes a clause. */
import { editConstitution } from '../../src/constitution/document.ts';
import { adoptPrinciples } from '../../src/provenance/adopt.ts';
import { requireOrganization } from '../../src/workspace/workspace.ts';
import { printJson, requireFlag, requirePositional, stringFlag, type CommandAction } from '../command.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';

export const adopt: CommandAction = {
  options: { principle: { type: 'string' }, after: { type: 'string' }, org: { type: 'string' }, delegate: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const principle = requireFlag(args, 'principle');
    const doc = await openWorkspace(io, file);
    const orgRef = stringFlag(args, 'org');
    const by = { org: orgRef === undefined ? '' : requireOrganization(doc, orgRef).id, delegate: stringFlag(args, 'delegate') ?? '' };
    const id = editConstitution(doc, (editor) => adoptPrinciples(editor, doc, [principle], { after: stringFlag(args, 'after'), by }), { actor: () => by });
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { clause: id, principle });
    else io.out(`${io.say('act.adopt.adopted', { principle, id })}\n`);
    return 0;
  },
};
