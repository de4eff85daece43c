/** One member organization's chapters as a table, each with Edit and Remove for a delegate who writes. */
import type { ReactNode } from 'react';
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
  return (
    <table className="chap-table" data-testid={`chapters-${org.short}`}>
      <caption>
        {org.name} ({org.short}): {chapters.length} chapter{chapters.length === 1 ? '' : 's'}
      </caption>
      <TableHead columns={['Local name', 'Coalition chapter', 'City', 'State or region', 'Country', 'Contact', { hidden: 'Actions' }]} />
      <tbody>
        {chapters.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {c.localName}
              {c.headquarters && <span className="chap-hq"> (headquarters)</span>}
            </th>
            <td>{c.coalitionName}</td>
            <td>{c.city}</td>
            <td>{c.region}</td>
            <td>{c.country}</td>
            <td>{c.contact}</td>
            <td>
              {!readOnly && (
                <div className="row">
                  <button type="button" className="small" aria-label={`Edit the chapter ${c.localName}`} onClick={() => onEdit(c)}>
                    Edit
                  </button>
                  <button type="button" className="small" aria-label={`Remove the chapter ${c.localName}`} onClick={() => onRemove(c)}>
                    Remove
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
