/**
 * What the desktop app's main process agrees to sign. It holds the delegate's key and must not be a
 * signing oracle for whatever the renderer sends: it signs only a well-formed Concord statement
 * (src/ratify/statement.ts) that names this key as its signer, and for the acts that commit the delegate
 * most — a vote, and handing their seat to another key — it first shows the delegate, in its own native
 * dialog, exactly what they are about to sign.
 */
import { keyFingerprint, toHex } from '../src/ratify/signing.ts';
import { readSigningRequest, type Body } from '../src/ratify/statement.ts';

/** Ask the delegate to confirm; resolves true only when they agree. */
export type Confirm = (question: { title: string; detail: string; agree: string }) => Promise<boolean>;

const CHOICE_WORDS = { yes: 'YES', no: 'NO', abstain: 'ABSTAIN' } as const;

/** The question to ask before signing `body`, or undefined when it needs none. */
export function confirmationFor(body: Body): { title: string; detail: string; agree: string } | undefined {
  if (body.kind === 'vote') {
    return {
      title: `Sign your vote: ${CHOICE_WORDS[body.choice]}`,
      detail: `You are voting ${CHOICE_WORDS[body.choice]} on motion ${body.motion.slice(0, 12)}, for your organization, on the text with digest ${body.digest.slice(0, 19)}. Your signature can be checked by every member of the coalition.`,
      agree: `Sign: ${CHOICE_WORDS[body.choice]}`,
    };
  }
  if (body.kind === 'bind' && body.key !== body.by) {
    return {
      title: 'Hand your seat to another key?',
      detail: `After this, the key with fingerprint ${keyFingerprint(body.key)} speaks for your organization and this computer's key no longer does. Compare the fingerprint with the one shown on the new computer before you agree.`,
      agree: 'Hand over my seat',
    };
  }
  return undefined;
}

/** Why a signing request is refused, or "" when it may be signed (after the delegate confirmed, where needed). */
export async function reviewSigningRequest(message: Uint8Array, ownKey: Uint8Array, confirm: Confirm): Promise<string> {
  const body = readSigningRequest(message);
  if (!body) return 'Refused: the app asked to sign something that is not a Concord statement.';
  if (body.by !== toHex(ownKey)) return 'Refused: the statement names another key than this computer’s.';
  const question = confirmationFor(body);
  if (question && !(await confirm(question))) return 'Not signed: you did not confirm.';
  return '';
}
