/** One member organization's chapters as a table, each with Edit and Remove for a delegate who writes. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chapter } from '../../src/chapters/chapters.ts';
import type { Organization } from '../../src/workspace/workspace.ts';
import { TableHead } from '../TableHead.tsx';

interface Props {
  org: Organization;
  chapters: Chapter[];
  readOnly: boolean;
  onEdit(chapter: Chapter): void;
  onRemove(chapter: Chapter): void;
}

export function ChapterTable({ org, chapters, readOnly, onEdit, onRemove }: Props): ReactNode {
  const { t } = useTranslation(['chapters', 'common']);
  return (
    <table className="chap-table" data-testid={`chapters-${org.short}`}>
      <caption>{t('table.caption', { name: org.name, short: org.short, count: chapters.length })}</caption>
      <TableHead
        columns={[t('form.localName'), t('table.coalitionChapter'), t('form.city'), t('form.region'), t('form.country'), t('form.contact'), { hidden: t('table.actions') }]}
      />
      <tbody>
        {chapters.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {c.localName}
              {c.headquarters && <span className="chap-hq"> {t('table.headquarters')}</span>}
            </th>
            <td>{c.coalitionName}</td>
            <td>{c.city}</td>
            <td>{c.region}</td>
            <td>{c.country}</td>
            <td>{c.contact}</td>
            <td>
              {!readOnly && (
                <div className="row">
                  <button type="button" className="small" aria-label={t('editChapter', { name: c.localName })} onClick={() => onEdit(c)}>
                    {t('table.edit')}
                  </button>
                  <button type="button" className="small" aria-label={t('table.remove', { name: c.localName })} onClick={() => onRemove(c)}>
                    {t('common:remove')}
                  </button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
