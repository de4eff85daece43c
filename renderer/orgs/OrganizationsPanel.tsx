/** The member organizations: list, add, edit (name, short name, colour, delegate) and remove. */
import { useState, type FormEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import {
  addOrganization,
  listOrganizations,
  nextOrganizationColour,
  removeOrganization,
  updateOrganization,
  type Organization,
  type OrganizationInput,
} from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';

interface Props {
  doc: Y.Doc;
  onError(message: string): void;
}

function formFields(form: HTMLFormElement): OrganizationInput {
  const data = new FormData(form);
  const text = (key: string): string => {
    const value = data.get(key);
    return typeof value === 'string' ? value : '';
  };
  return { name: text('name'), short: text('short'), colour: text('colour'), delegate: text('delegate') };
}

function OrgForm({ initial, colour, submitLabel, onSubmit, onCancel }: {
  initial?: Organization;
  /** The colour a new organization starts with. */
  colour?: string;
  submitLabel: string;
  onSubmit(fields: OrganizationInput): boolean;
  onCancel?(): void;
}): ReactNode {
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (onSubmit(formFields(event.currentTarget)) && !initial) event.currentTarget.reset();
  };
  return (
    <form className="org-form" onSubmit={submit} aria-label={initial ? `Edit ${initial.name}` : 'Add an organization'}>
      <label>Name <input name="name" required defaultValue={initial?.name} placeholder="Partido Socialismo y Liberación" /></label>
      <label>Short name <input name="short" required defaultValue={initial?.short} placeholder="PSL" maxLength={16} /></label>
      <label>Delegate <input name="delegate" defaultValue={initial?.delegate} placeholder="Their delegate's name" /></label>
      <label>Colour <input name="colour" type="color" defaultValue={initial?.colour ?? colour} /></label>
      <div className="row">
        <button type="submit">{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}

export function OrganizationsPanel({ doc, onError }: Props): ReactNode {
  const orgs = useDocValue(doc, listOrganizations);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const attempt = (action: () => void): boolean => {
    try {
      action();
      return true;
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
      return false;
    }
  };

  return (
    <section className="orgs" aria-label="Member organizations">
      <h2>Member organizations</h2>
      {orgs.length === 0 && <p className="muted">No organizations yet.</p>}
      <ul>
        {orgs.map((org) => (
          <li key={org.id} data-org-short={org.short}>
            {editing === org.id ? (
              <OrgForm
                initial={org}
                submitLabel="Save"
                onSubmit={(fields) => attempt(() => { updateOrganization(doc, org.id, fields); setEditing(null); })}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="org-row">
                <span className="swatch" style={{ background: org.colour }} aria-hidden="true" />
                <span className="org-name"><strong>{org.short}</strong> {org.name}{org.delegate && <span className="muted"> · {org.delegate}</span>}</span>
                <button type="button" className="small" onClick={() => setEditing(org.id)} aria-label={`Edit ${org.name}`}>Edit</button>
                <button
                  type="button"
                  className="small"
                  aria-label={`Remove ${org.name}`}
                  onClick={() => {
                    if (window.confirm(`Remove ${org.name} from the coalition?`)) attempt(() => removeOrganization(doc, org.id));
                  }}
                >
                  Remove
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <OrgForm colour={nextOrganizationColour(doc)} submitLabel="Add" onSubmit={(fields) => attempt(() => { addOrganization(doc, fields); setAdding(false); })} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>+ Add organization</button>
      )}
    </section>
  );
}
