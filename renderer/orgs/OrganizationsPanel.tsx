/**
 * The member organizations. While the coalition is being set up (no delegate key on the roster yet) they
 * are listed, added, edited and removed freely. Once it is founded, membership is the parliament's: any
 * delegate may "Propose admitting…" an organization or "Propose removal" of another (each opens a motion),
 * a delegate withdraws their own organization (confirmed, signed) and edits its name, short name and
 * colour (signed by them); removed and withdrawn organizations stay listed, greyed, with the date.
 */
import { useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { openMotion, setProfile, withdrawOrganization, type MotionRequest } from '../../src/ratify/actions.ts';
import { toHex } from '../../src/ratify/signing.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import {
  addOrganization,
  listOrganizations,
  nextOrganizationColour,
  removeOrganization,
  updateOrganization,
  type Organization,
  type OrganizationInput,
} from '../../src/workspace/workspace.ts';
import { readableDate } from '../../src/local-dates.ts';
import type { Host } from '../host.ts';
import type { Notify } from '../notice.ts';
import type { ParliamentStore } from '../ratify/parliament-store.ts';
import { useSigner, type Signing } from '../ratify/use-signer.ts';
import { useDocValue } from '../state/use-doc.ts';
import { errorText } from '../i18n/error-text.ts';
import { shownLanguage } from '../i18n/language-choice.ts';

interface Props {
  doc: Y.Doc;
  host: Host;
  store: ParliamentStore;
  onNotice: Notify;
}

function formFields(form: HTMLFormElement): OrganizationInput {
  const data = new FormData(form);
  const text = (key: string): string => {
    const value = data.get(key);
    return typeof value === 'string' ? value : '';
  };
  return { name: text('name'), short: text('short'), colour: text('colour'), delegate: text('delegate') };
}

function OrgForm({
  initial,
  colour,
  label,
  submitLabel,
  withDelegate = true,
  onSubmit,
  onCancel,
}: {
  initial?: Pick<Organization, 'name' | 'short' | 'colour' | 'delegate'>;
  /** The colour a new organization starts with; none: no colour field. */
  colour?: string;
  label: string;
  submitLabel: string;
  withDelegate?: boolean;
  onSubmit(fields: OrganizationInput): boolean | Promise<boolean>;
  onCancel?(): void;
}): ReactNode {
  const { t } = useTranslation(['app', 'common']);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget;
    if ((await onSubmit(formFields(form))) && !initial) form.reset();
  };
  const withColour = initial !== undefined || colour !== undefined;
  return (
    <form className="org-form" onSubmit={(event) => void submit(event)} aria-label={label}>
      <label>
        {t('orgs.name')} <input name="name" required defaultValue={initial?.name} placeholder={t('orgs.namePlaceholder')} />
      </label>
      <label>
        {t('orgs.short')} <input name="short" required defaultValue={initial?.short} placeholder={t('orgs.shortPlaceholder')} maxLength={16} />
      </label>
      {withDelegate && (
        <label>
          {t('orgs.delegate')} <input name="delegate" defaultValue={initial?.delegate} placeholder={t('orgs.delegatePlaceholder')} />
        </label>
      )}
      {withColour && (
        <label>
          {t('orgs.colour')} <input name="colour" type="color" defaultValue={initial?.colour ?? colour} />
        </label>
      )}
      <div className="row">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export function OrganizationsPanel({ doc, host, store, onNotice }: Props): ReactNode {
  const summary = useSyncExternalStore(
    (notify) => store.subscribe(notify),
    () => store.current(),
  );
  const signing = useSigner(host, store, onNotice);
  const { t } = useTranslation(['app', 'common']);
  return (
    <section className="orgs" aria-label={t('orgs.title')}>
      <h2>{t('orgs.title')}</h2>
      {summary?.founded ? <Members doc={doc} summary={summary} signing={signing} onNotice={onNotice} /> : <SetupList doc={doc} onNotice={onNotice} />}
    </section>
  );
}

/** Setting up: the organizations are plain workspace data, changed freely. */
function SetupList({ doc, onNotice }: { doc: Y.Doc; onNotice: Notify }): ReactNode {
  const { t } = useTranslation(['app', 'common']);
  const orgs = useDocValue(doc, listOrganizations);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const attempt = (action: () => void): boolean => {
    try {
      action();
      return true;
    } catch (error) {
      onNotice('error', errorText(error));
      return false;
    }
  };
  return (
    <>
      {orgs.length === 0 && <p className="muted">{t('orgs.none')}</p>}
      <ul>
        {orgs.map((org) => (
          <li key={org.id} data-org-short={org.short}>
            {editing === org.id ? (
              <OrgForm
                initial={org}
                label={t('orgs.editOrg', { name: org.name })}
                submitLabel={t('common:save')}
                onSubmit={(fields) =>
                  attempt(() => {
                    updateOrganization(doc, org.id, fields);
                    setEditing(null);
                  })
                }
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="org-row">
                <span className="swatch" style={{ background: org.colour }} aria-hidden="true" />
                <span className="org-name">
                  <strong>{org.short}</strong> {org.name}
                  {org.delegate && <span className="muted"> · {org.delegate}</span>}
                </span>
                <button type="button" className="small" onClick={() => setEditing(org.id)} aria-label={t('orgs.editOrg', { name: org.name })}>
                  {t('orgs.edit')}
                </button>
                <button
                  type="button"
                  className="small"
                  aria-label={t('orgs.removeOrg', { name: org.name })}
                  onClick={() => {
                    if (window.confirm(t('orgs.removeQuestion', { name: org.name }))) attempt(() => removeOrganization(doc, org.id));
                  }}
                >
                  {t('common:remove')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <OrgForm
          colour={nextOrganizationColour(doc)}
          label={t('orgs.addTitle')}
          submitLabel={t('orgs.add')}
          onSubmit={(fields) =>
            attempt(() => {
              addOrganization(doc, fields);
              setAdding(false);
            })
          }
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('orgs.addButton')}
        </button>
      )}
    </>
  );
}

type Known = TallySummary['organizations'][number];

/** When a former member left: "removed on 2 Dec 2026", "withdrawn on …". */
function sinceWords(t: TFunction<'app'>, org: Known): string {
  const when = readableDate(org.since, shownLanguage(), 'date');
  return org.status === 'removed' ? t('orgs.removed', { when }) : t('orgs.withdrawn', { when });
}

/** Founded: membership changes through the parliament; each delegate speaks for their own organization. */
function Members({ doc, summary, signing, onNotice }: { doc: Y.Doc; summary: TallySummary; signing: Signing; onNotice: Notify }): ReactNode {
  const { t } = useTranslation(['app', 'common']);
  const plain = useDocValue(doc, listOrganizations);
  const [editing, setEditing] = useState(false);
  const [admitting, setAdmitting] = useState(false);
  const { key, signed } = signing;
  const myKey = key ? toHex(key.publicKey) : '';
  const mine = summary.roster.find((m) => m.key !== '' && m.key === myKey)?.org;
  const colourOf = (org: Known): string => org.colour || (plain.find((o) => o.id === org.org)?.colour ?? '#888888');
  const propose = async (request: MotionRequest, done: string): Promise<boolean> => {
    const opened = await signed((k) => openMotion(doc, k, request));
    if (opened) onNotice('info', done);
    return opened;
  };
  const saveProfile = async (org: Known, fields: OrganizationInput): Promise<boolean> => {
    const profile = { name: fields.name ?? org.name, short: fields.short ?? org.short, colour: (fields.colour ?? colourOf(org)).toLowerCase() };
    const saved = await signed(async (k) => {
      // The delegate's name is signed too: it is the name the record and the exports show.
      await setProfile(doc, k, { ...profile, delegate: fields.delegate ?? '' });
      // The rest of the app (chips, cursors, columns) reads the workspace's plain list: keep it in step.
      if (plain.some((o) => o.id === org.org)) updateOrganization(doc, org.org, { ...profile, delegate: fields.delegate ?? '' });
    });
    if (saved) setEditing(false);
    return saved;
  };
  const withdraw = (org: Known): void => {
    if (!window.confirm(t('orgs.withdrawQuestion', { name: org.name, short: org.short }))) return;
    void signed((k) => withdrawOrganization(doc, k, org.org)).then((done) => done && onNotice('info', t('orgs.hasWithdrawn', { short: org.short })));
  };
  return (
    <>
      <ul>
        {summary.organizations.map((org) => (
          <li key={org.org} data-org-short={org.short} className={org.status === 'member' ? undefined : 'is-former'}>
            {editing && org.org === mine ? (
              <OrgForm
                initial={{
                  name: org.name,
                  short: org.short,
                  colour: colourOf(org),
                  delegate: summary.roster.find((m) => m.org === org.org)?.delegate || (plain.find((o) => o.id === org.org)?.delegate ?? ''),
                }}
                label={t('orgs.editOrg', { name: org.name })}
                submitLabel={t('orgs.signAndSave')}
                onSubmit={(fields) => saveProfile(org, fields)}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <div className="org-row">
                <span className="swatch" style={{ background: colourOf(org) }} aria-hidden="true" />
                <span className="org-name">
                  <strong>{org.short}</strong> {org.name}
                  {org.status !== 'member' && <span className="muted"> · {sinceWords(t, org)}</span>}
                  {org.org === mine && <span className="muted"> · {t('orgs.you')}</span>}
                </span>
                {org.status === 'member' && org.org === mine && (
                  <>
                    <button type="button" className="small" onClick={() => setEditing(true)} aria-label={t('orgs.editOrg', { name: org.name })}>
                      {t('orgs.edit')}
                    </button>
                    <button type="button" className="small" onClick={() => withdraw(org)} aria-label={t('orgs.withdrawOrg', { name: org.name })}>
                      {t('orgs.withdraw')}
                    </button>
                  </>
                )}
                {org.status === 'member' && mine !== undefined && org.org !== mine && (
                  <button
                    type="button"
                    className="small"
                    aria-label={t('orgs.proposeRemovalOf', { name: org.name })}
                    onClick={() => void propose({ kind: 'remove', target: org.org }, t('orgs.removalProposed', { short: org.short }))}
                  >
                    {t('orgs.proposeRemoval')}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {mine !== undefined &&
        (admitting ? (
          <OrgForm
            label={t('orgs.admitTitle')}
            submitLabel={t('orgs.propose')}
            withDelegate={false}
            onSubmit={async (fields) => {
              const opened = await propose(
                { kind: 'admit', target: 'admit', name: fields.name ?? '', short: fields.short ?? '' },
                t('orgs.admitProposed', { short: fields.short ?? '' }),
              );
              if (opened) setAdmitting(false);
              return opened;
            }}
            onCancel={() => setAdmitting(false)}
          />
        ) : (
          <button type="button" onClick={() => setAdmitting(true)}>
            {t('orgs.proposeAdmitting')}
          </button>
        ))}
    </>
  );
}
