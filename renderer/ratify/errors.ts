/** How the Ratification view runs a signed action and reports its refusal to the delegate. */
import { errorText } from '../i18n/error-text.ts';

/** Run a signed action; report a refusal through `onError` instead of throwing. */
export async function attempt(action: () => Promise<unknown>, onError: (text: string) => void): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    onError(errorText(error));
    return false;
  }
}
