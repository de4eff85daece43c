/** One chapter by hand, new or edited: the organization, its local name, the place, and the coalition-chapter name suggested from the city. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { suggestedCoalitionName, type Chapter, type ChapterInput } from '../../src/chapters/chapters.ts';
import type { Organization } from '../../src/workspace/workspace.ts';

const EMPTY = { localName: '', coalitionName: '', city: '', region: '', country: '', contact: '' };

interface Props {
  orgs: Organization[];
  coalition: string;
  /** The chapter being edited; none for a new one. */
  initial?: Chapter;
  onSave(input: ChapterInput): boolean;
  onCancel?(): void;
}

export function ChapterForm({ orgs, coalition, initial, onSave, onCancel }: Props): ReactNode {
  const [org, setOrg] = useState(initial?.org ?? '');
  // A coalition-chapter name that is the suggestion for the city is left empty, so it follows the city.
  const suggested = initial !== undefined && initial.coalitionName === suggestedCoalitionName(coalition, initial.city);
  const [fields, setFields] = useState(
    initial
      ? {
          localName: initial.localName,
          coalitionName: suggested ? '' : initial.coalitionName,
          city: initial.city,
          region: initial.region,
          country: initial.country,
          contact: initial.contact,
        }
      : EMPTY,
  );
  const [headquarters, setHeadquarters] = useState(initial?.headquarters ?? false);
  const chosen = org || orgs[0]?.id || '';
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const suggestion = suggestedCoalitionName(coalition, fields.city);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const done = onSave({ org: chosen, ...fields, coalitionName: fields.coalitionName || suggestion, headquarters, latitude: initial?.latitude, longitude: initial?.longitude });
    if (done && !initial) {
      setFields(EMPTY);
      setHeadquarters(false);
    }
  };
  return (
    <form className="chap-form" aria-label={initial ? `Edit the chapter ${initial.localName}` : 'Add a chapter'} onSubmit={submit}>
      <label>
        Organization
        <select value={chosen} disabled={initial !== undefined} onChange={(e) => setOrg(e.target.value)}>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.short} — {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Local name <input required value={fields.localName} onChange={set('localName')} placeholder="Downtown branch" />
      </label>
      <label>
        City <input required value={fields.city} onChange={set('city')} placeholder="New York" />
      </label>
      <label>
        State or region <input value={fields.region} onChange={set('region')} placeholder="NY" />
      </label>
      <label>
        Country <input required value={fields.country} onChange={set('country')} placeholder="United States" />
      </label>
      <label>
        Name as a coalition chapter <input value={fields.coalitionName} onChange={set('coalitionName')} placeholder={suggestion || 'Coalition — City'} />
      </label>
      <label>
        Contact <input value={fields.contact} onChange={set('contact')} placeholder="secretary@example.org" />
      </label>
      <label className="chap-check">
        <input type="checkbox" checked={headquarters} onChange={(e) => setHeadquarters(e.target.checked)} /> Headquarters
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={chosen === ''}>
          {initial ? 'Save' : 'Add chapter'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
