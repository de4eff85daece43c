/**
 * The one way the main process answers the renderer: `handleIpc` registers a handler that first checks the
 * sender (our own page's main frame, served from app://concord/), then parses the input with its zod
 * schema, and only then runs. A channel that takes no input has the schema `NoInput`, so anything sent
 * on it is refused too. Written against the small part of Electron's ipcMain it uses, so tests pass a fake.
 */
import * as z from 'zod';
import { isTrustedSender } from './security.ts';

/** What the wrapper reads of an IPC event: the frame that sent it, and its page's main frame. */
export interface IpcSender {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

/** The part of Electron's ipcMain the wrapper uses. */
export interface IpcRegistry<E extends IpcSender> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

/** The schema of a channel that takes no input. */
export const NoInput = z.undefined();

/** Whether an IPC event comes from our own page's main frame. */
function isTrustedEvent(event: IpcSender): boolean {
  const frame = event.senderFrame;
  return frame !== null && isTrustedSender(frame.url, frame === event.sender.mainFrame);
}

/** Answer `channel` with `handler`, for trusted senders and input that `schema` accepts; refuse the rest. */
export function handleIpc<E extends IpcSender, S extends z.ZodType>(ipc: IpcRegistry<E>, channel: string, schema: S, handler: (input: z.output<S>, event: E) => unknown): void {
  ipc.handle(channel, async (event, ...args) => {
    if (!isTrustedEvent(event)) throw new Error(`Refused: ${channel} from an untrusted frame.`);
    if (args.length > 1) throw new Error(`Refused: ${channel} takes at most one argument.`);
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) throw new Error(`Refused: ${channel} does not accept this input (${z.prettifyError(parsed.error)}).`);
    return handler(parsed.data, event);
  });
}
