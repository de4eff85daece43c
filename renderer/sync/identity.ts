/** How this delegate signs their presence: the name they gave when joining a meeting (kept on this computer). */
import { i18n } from '../../src/i18n/i18n.ts';

const NAME_KEY = 'concord.delegateName';

export function delegateName(): string {
  return localStorage.getItem(NAME_KEY) ?? '';
}

export function setDelegateName(name: string): void {
  localStorage.setItem(NAME_KEY, name.replace(/\s+/g, ' ').trim().slice(0, 80));
}

/** The name the others see: the delegate's, or a neutral one until they give it. */
export function presenceName(): string {
  return delegateName() || i18n.t('app:sync.aDelegate');
}
