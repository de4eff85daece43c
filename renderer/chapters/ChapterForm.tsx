/** One chapter by hand, new or edited: the organization, its local name, the place, and the coalition-chapter name suggested from the city. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['chapters', 'common']);
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
    <form className="chap-form" aria-label={initial ? t('editChapter', { name: initial.localName }) : t('form.add')} onSubmit={submit}>
      <label>
        {t('form.organization')}
        <select value={chosen} disabled={initial !== undefined} onChange={(e) => setOrg(e.target.value)}>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.short} — {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('form.localName')} <input required value={fields.localName} onChange={set('localName')} placeholder={t('form.localNameExample')} />
      </label>
      <label>
        {t('form.city')} <input required value={fields.city} onChange={set('city')} placeholder={t('form.cityExample')} />
      </label>
      <label>
        {t('form.region')} <input value={fields.region} onChange={set('region')} placeholder={t('form.regionExample')} />
      </label>
      <label>
        {t('form.country')} <input required value={fields.country} onChange={set('country')} placeholder={t('form.countryExample')} />
      </label>
      <label>
        {t('form.coalitionName')} <input value={fields.coalitionName} onChange={set('coalitionName')} placeholder={suggestion || t('form.coalitionNameExample')} />
      </label>
      <label>
        {t('form.contact')} <input value={fields.contact} onChange={set('contact')} placeholder={t('form.contactExample')} />
      </label>
      <label className="chap-check">
        <input type="checkbox" checked={headquarters} onChange={(e) => setHeadquarters(e.target.checked)} /> {t('form.headquarters')}
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={chosen === ''}>
          {initial ? t('common:save') : t('form.submit')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
