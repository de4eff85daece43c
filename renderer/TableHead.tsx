/** A table's header row from its column names; `{ hidden }` names a column for screen readers only. */
import type { ReactNode } from 'react';

export function TableHead({ columns }: { columns: readonly (string | { hidden: string })[] }): ReactNode {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={typeof column === 'string' ? column : column.hidden} scope="col">
            {typeof column === 'string' ? column : <span className="sr-only">{column.hidden}</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}
