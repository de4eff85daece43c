/** How the Ratification view turns a refused action into the message shown to the delegate. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

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
