/** The server's commands of the `concord` CLI (listed in bin/concord.ts), each loaded only when it runs; what they do is in command-actions.ts. */
import type { Command } from '../cli/command.ts';

export const serverCommands: readonly Command[] = [
  {
    name: 'serve',
    usage: 'concord serve --data DIR [--port N] [--host H] [--public-url ws://host:port] [--limits FILE.json] [--app DIR]',
    notes: 'act.serve.notes',
    load: async () => (await import('./command-actions.ts')).serve,
  },
  {
    name: 'invite',
    usage:
      'concord invite --data DIR --workspace ID --org SHORT --role delegate|chair|observer [--expires 30m|12h|7d|DATE] [--server ws://host:port] [--json] | --data DIR --revoke TOKEN|ID | --data DIR --list',
    load: async () => (await import('./command-actions.ts')).invite,
  },
];
