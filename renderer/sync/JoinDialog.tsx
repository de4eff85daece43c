/**
 * Joining a meeting: paste the invitation link the host sent (or arrive with it: a server's web link, a
 * concord:// link the desktop app was opened with), say your name, and connect.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseJoinLink, type Invitation } from '../../src/sync/join-link.ts';
import { delegateName, setDelegateName } from './identity.ts';
import { errorText } from '../i18n/error-text.ts';

interface Props {
  /** The invitation link the app was opened with, if any: the dialog opens filled in. */
  link?: string;
  onJoin(invitation: Invitation): void;
  onCancel(): void;
}

export function JoinDialog({ link: given, onJoin, onCancel }: Props): ReactNode {
  const { t } = useTranslation(['app', 'common']);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const link = String(data.get('link') ?? '').trim();
    const name = String(data.get('name') ?? '').trim();
    if (name === '') return setError(t('sync.join.nameNeeded'));
    try {
      const invitation = parseJoinLink(link);
      setDelegateName(name);
      onJoin(invitation);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="join-title" onSubmit={submit}>
        <h2 id="join-title">{t('sync.join.title')}</h2>
        <label className="field">
          {t('sync.join.link')}
          <input name="link" required autoFocus={given === undefined} defaultValue={given} placeholder={t('sync.join.linkPlaceholder')} />
        </label>
        <label className="field">
          {t('sync.join.name')}
          <input name="name" required autoFocus={given !== undefined} defaultValue={delegateName()} placeholder={t('sync.join.namePlaceholder')} />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">
            {t('sync.join.join')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
