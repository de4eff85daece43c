/**
 * What the desktop app's main process agrees to sign. It holds the delegate's key and must not be a
 * signing oracle for whatever the renderer sends: it signs only a well-formed Concord statement
 * (src/ratify/statement.ts) that names this key as its signer, and for the acts that commit the delegate
 * most — a vote, and handing their seat to another key — it first shows the delegate, in its own native
 * dialog, exactly what they are about to sign.
 */
import { keyFingerprint, toHex } from '../src/ratify/signing.ts';
import { readSigningRequest, type Body } from '../src/ratify/statement.ts';
import type { ShellWords } from './shell-language.ts';

/** Ask the delegate to confirm; resolves true only when they agree. */
export type Confirm = (question: { title: string; detail: string; agree: string }) => Promise<boolean>;

/** The question to ask before signing `body`, in the shell's words, or undefined when it needs none. */
export function confirmationFor(body: Body, t: ShellWords): { title: string; detail: string; agree: string } | undefined {
  if (body.kind === 'vote') {
    const choice = t(`dialogs.choice.${body.choice}`);
    return {
      title: t('dialogs.signVoteTitle', { choice }),
      detail: t('dialogs.signVoteDetail', { choice, motion: body.motion.slice(0, 12), digest: body.digest.slice(0, 19) }),
      agree: t('dialogs.signVoteAgree', { choice }),
    };
  }
  if (body.kind === 'bind' && body.key !== body.by) {
    return { title: t('dialogs.handOverTitle'), detail: t('dialogs.handOverDetail', { fingerprint: keyFingerprint(body.key) }), agree: t('dialogs.handOverAgree') };
  }
  return undefined;
}

/** Why a signing request is refused, or "" when it may be signed (after the delegate confirmed, where needed). */
export async function reviewSigningRequest(message: Uint8Array, ownKey: Uint8Array, confirm: Confirm, t: ShellWords): Promise<string> {
  const body = readSigningRequest(message);
  if (!body) return t('dialogs.notAStatement');
  if (body.by !== toHex(ownKey)) return t('dialogs.anotherKey');
  const question = confirmationFor(body, t);
  if (question && !(await confirm(question))) return t('dialogs.notConfirmed');
  return '';
}
