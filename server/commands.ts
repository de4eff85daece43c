/** The server's commands of the `concord` CLI (listed in bin/concord.ts), each loaded only when it runs; what they do is in command-actions.ts. */
import type { Command } from '../cli/command.ts';

export const serverCommands: readonly Command[] = [
  {
    name: 'serve',
    summary: 'run the sync server (y-websocket protocol, invitations, LevelDB store) until SIGTERM or Ctrl-C',
    usage:
      'concord serve --data DIR [--port N] [--host H] [--public-url ws://host:port] [--limits FILE.json] [--app DIR]\n  --host defaults to 127.0.0.1 (this computer only); --host 0.0.0.0 serves the local network.\n  The built web app (out/renderer, or --app DIR) is served at the same address, so invitation web links open it.',
    load: async () => (await import('./command-actions.ts')).serve,
  },
  {
    name: 'invite',
    summary: 'invite an organization to a workspace on the sync server (prints a token and a join link), revoke or list invitations',
    usage:
      'concord invite --data DIR --workspace ID --org SHORT --role delegate|chair|observer [--expires 30m|12h|7d|DATE] [--server ws://host:port] [--json] | --data DIR --revoke TOKEN|ID | --data DIR --list',
    load: async () => (await import('./command-actions.ts')).invite,
  },
];
