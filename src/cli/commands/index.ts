/**
 * The core's commands of the `concord` CLI, in the order `concord help` lists them (the server adds its own
 * in bin/concord.ts). Each entry is one line and loads its module only when the command runs: adding a
 * command is one line here and one module exporting its `CommandAction`.
 */
import type { Command } from '../command.ts';

export const coreCommands: readonly Command[] = [
  { name: 'init', summary: 'create a new coalition workspace file', usage: 'concord init FILE --name NAME [--json]', load: async () => (await import('./init.ts')).init },
  { name: 'org add', summary: 'add a member organization', usage: 'concord org add FILE --name NAME --short SHORT [--colour #rrggbb] [--delegate NAME] [--json]', load: async () => (await import('./org.ts')).orgAdd },
  { name: 'org set', summary: "change a member organization's name, short name, colour or delegate", usage: 'concord org set FILE ORG [--name NAME] [--short SHORT] [--colour #rrggbb] [--delegate NAME] [--json]', load: async () => (await import('./org.ts')).orgSet },
  { name: 'org remove', summary: 'remove a member organization', usage: 'concord org remove FILE ORG [--json]', load: async () => (await import('./org.ts')).orgRemove },
  { name: 'import', summary: "import an organization's founding documents (.txt .md .docx .odt .pdf .html)", usage: 'concord import FILE --org SHORT PATH... [--max-mb N] [--json]', load: async () => (await import('./import.ts')).importCommand },
  { name: 'compare', summary: "compare organizations' principles side by side: shared rows and unique principles", usage: 'concord compare FILE --orgs A,B[,…] [--threshold X] [--json]', load: async () => (await import('./compare.ts')).compare },
  { name: 'adopt', summary: 'adopt a principle into the constitution as a new clause (at the end, or after a given block)', usage: 'concord adopt FILE --principle ID [--after CLAUSE_ID] [--org SHORT] [--delegate NAME] [--json]', load: async () => (await import('./adopt.ts')).adopt },
  { name: 'provenance', summary: 'show where each clause came from (organizations, sources, principles) and its history', usage: 'concord provenance FILE [--clause ID] [--json]', load: async () => (await import('./provenance.ts')).provenance },
  { name: 'coverage', summary: "show how much of each organization's principles the draft uses, and which are not yet used", usage: 'concord coverage FILE [--json]', load: async () => (await import('./coverage.ts')).coverage },
  { name: 'rules', summary: 'show or change the ratification rules (thresholds, quorum, weights, seriatim, voting period, chair term)', usage: 'concord rules FILE [--kind clause|article|constitution|amendment|chair --threshold majority|two-thirds|three-quarters|unanimity --base cast|members --quorum PERCENT --abstentions excluded|counted] [--seriatim on|off] [--voting-days N] [--chair-term-days N] [--weight SHORT=N …] [--json]', load: async () => (await import('./rules.ts')).rules },
  { name: 'tally', summary: 'count the signed votes: every motion, its result in words, each vote counted or rejected', usage: 'concord tally FILE [--json]', load: async () => (await import('./tally.ts')).tally },
  { name: 'verify', summary: 'check every signature in a workspace (or a signed ratification record) and list what is invalid', usage: 'concord verify FILE [--json]', load: async () => (await import('./tally.ts')).verify },
  { name: 'export', summary: 'write the constitution as PDF, Word, Markdown, HTML, Akoma Ntoso or the signed ratification record', usage: 'concord export FILE --format pdf|docx|md|html|akn|record --out OUT [--draft] [--provenance] [--json]', load: async () => (await import('./export.ts')).exportCommand },
  { name: 'info', summary: 'show the coalition, its organizations and its constitution', usage: 'concord info FILE [--json]', load: async () => (await import('./info.ts')).info },
];
