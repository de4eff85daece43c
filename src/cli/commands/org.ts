/** `concord org add|set|remove FILE …`: manage the coalition's member organizations. */
import { addOrganization, removeOrganization, updateOrganization, type OrganizationInput } from '../../workspace/workspace.ts';
import { printJson, requireFlag, requirePositional, stringFlag, UsageError, type CommandAction, type ParsedArgs } from '../command.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';

const fieldOptions = {
  name: { type: 'string' },
  short: { type: 'string' },
  colour: { type: 'string' },
  delegate: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function fields(args: ParsedArgs): OrganizationInput {
  const input: OrganizationInput = {};
  for (const key of ['name', 'short', 'colour', 'delegate'] as const) {
    const value = stringFlag(args, key);
    if (value !== undefined) input[key] = value;
  }
  return input;
}

export const orgAdd: CommandAction = {
  options: fieldOptions,
  async run(args, io) {
    const file = requirePositional(args, 0, 'FILE');
    requireFlag(args, 'name');
    requireFlag(args, 'short');
    const doc = await openWorkspace(io, file);
    const org = addOrganization(doc, fields(args));
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { organization: org });
    else io.out(`Added ${org.name} (${org.short}).\n`);
    return 0;
  },
};

export const orgSet: CommandAction = {
  options: fieldOptions,
  async run(args, io) {
    const file = requirePositional(args, 0, 'FILE');
    const ref = requirePositional(args, 1, 'ORG (its short name or id)');
    const input = fields(args);
    if (Object.keys(input).length === 0) throw new UsageError('Nothing to change: give at least one of --name, --short, --colour, --delegate.');
    const doc = await openWorkspace(io, file);
    const org = updateOrganization(doc, ref, input);
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { organization: org });
    else io.out(`Updated ${org.name} (${org.short}).\n`);
    return 0;
  },
};

export const orgRemove: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'FILE');
    const ref = requirePositional(args, 1, 'ORG (its short name or id)');
    const doc = await openWorkspace(io, file);
    const org = removeOrganization(doc, ref);
    await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { removed: org });
    else io.out(`Removed ${org.name} (${org.short}).\n`);
    return 0;
  },
};
