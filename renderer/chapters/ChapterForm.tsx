/** Adding one chapter by hand: the organization, its local name, the place, and the coalition-chapter name suggested from the city. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { suggestedCoalitionName, type ChapterInput } from '../../src/chapters/chapters.ts';
import type { Organization } from '../../src/workspace/workspace.ts';

const EMPTY = { localName: '', coalitionName: '', city: '', region: '', country: '', contact: '' };

export function ChapterForm({ orgs, coalition, onAdd }: { orgs: Organization[]; coalition: string; onAdd(input: ChapterInput): boolean }): ReactNode {
  const [org, setOrg] = useState('');
  const [fields, setFields] = useState(EMPTY);
  const [headquarters, setHeadquarters] = useState(false);
  const chosen = org || orgs[0]?.id || '';
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const suggestion = suggestedCoalitionName(coalition, fields.city);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const done = onAdd({ org: chosen, ...fields, coalitionName: fields.coalitionName || suggestion, headquarters, latitude: undefined, longitude: undefined });
    if (done) {
      setFields(EMPTY);
      setHeadquarters(false);
    }
  };
  return (
    <form className="chap-form" aria-label="Add a chapter" onSubmit={submit}>
      <label>
        Organization
        <select value={chosen} onChange={(e) => setOrg(e.target.value)}>
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
      <button type="submit" className="primary" disabled={chosen === ''}>
        Add chapter
      </button>
    </form>
  );
}
