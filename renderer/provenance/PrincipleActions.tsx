/**
 * Adopting from a list of principles: each principle gets "Select" (for "Merge into one clause") and
 * "Adopt" (a new clause at the cursor); the bar shows what is selected and offers to merge or adopt it.
 */
import type { ReactNode } from 'react';

export interface Adoption {
  selected: readonly string[];
  toggle(id: string): void;
  clear(): void;
  adopt(ids: string[]): void;
  merge(ids: string[]): void;
}

export function PrincipleActions({ adoption, id, text }: { adoption: Adoption; id: string; text: string }): ReactNode {
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return (
    <span className="adopt-actions">
      <label>
        <input type="checkbox" checked={adoption.selected.includes(id)} onChange={() => adoption.toggle(id)} aria-label={`Select: ${short}`} /> Select
      </label>
      <button type="button" className="small" aria-label={`Adopt: ${short}`} onClick={() => adoption.adopt([id])}>
        Adopt
      </button>
    </span>
  );
}

export function SelectionBar({ adoption }: { adoption: Adoption }): ReactNode {
  const n = adoption.selected.length;
  if (n === 0) return null;
  return (
    <div className="selection-bar" role="region" aria-label="Selected principles">
      <span>
        {n} principle{n === 1 ? '' : 's'} selected
      </span>
      <button type="button" className="primary" disabled={n < 2} onClick={() => adoption.merge([...adoption.selected])}>
        Merge into one clause
      </button>
      <button type="button" onClick={() => adoption.adopt([...adoption.selected])}>
        Adopt each as a clause
      </button>
      <button type="button" onClick={adoption.clear}>
        Clear
      </button>
    </div>
  );
}
