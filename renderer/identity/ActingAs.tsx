/**
 * "Acting for": which member organization this delegate speaks for. Joined through an invitation, it is
 * the invitation's organization and shown as such; working alone, the delegate picks it here.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import type { ActorView } from './use-actor.ts';

/** The options of a "whom do you act for" select: none chosen yet, then each member organization. */
export function OrganizationChoices({ orgs }: { orgs: readonly { id: string; name: string }[] }): ReactNode {
  const { t } = useTranslation('app');
  return (
    <>
      <option value="">{t('identity.choose')}</option>
      {orgs.map((org) => (
        <option key={org.id} value={org.id}>
          {org.name}
        </option>
      ))}
    </>
  );
}

export function ActingAs({ doc, view }: { doc: Y.Doc; view: ActorView }): ReactNode {
  const { t } = useTranslation('app');
  const orgs = listOrganizations(doc);
  if (view.fromInvitation) {
    const org = orgs.find((o) => o.id === view.actor?.org);
    const text = t('identity.actingForOrg', { name: org?.name ?? '…' });
    return (
      <span className="acting-as" title={text}>
        {text}
      </span>
    );
  }
  if (orgs.length === 0) return null;
  return (
    <label className="acting-as">
      {t('identity.actingFor')}{' '}
      <select value={view.actor?.org ?? ''} onChange={(event) => view.choose(event.target.value)}>
        <OrganizationChoices orgs={orgs} />
      </select>
    </label>
  );
}
