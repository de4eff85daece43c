/** The find and replace bar above the constitution: a thin view over the model of use-find.ts. */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { lockedNote, type FindModel } from './use-find.ts';

function countText(model: FindModel): string {
  if (model.query === '') return '';
  if (model.total === 0) return 'No matches';
  return `${model.current + 1} of ${model.total}`;
}

export function FindBar({ model }: { model: FindModel }): ReactNode {
  const queryField = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on each request (Ctrl+F while open)
  useEffect(() => {
    queryField.current?.focus();
    queryField.current?.select();
  }, [model.focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      model.close();
    }
  };
  const onEnter =
    (action: () => void, shifted?: () => void) =>
    (event: KeyboardEvent<HTMLInputElement>): void => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      (event.shiftKey && shifted ? shifted : action)();
    };
  const replacing = model.mode === 'replace' && !model.readOnly;
  const status = [countText(model), model.total > 0 ? lockedNote(model.locked) : ''].filter(Boolean).join(' · ');
  return (
    <div role="search" className="find-bar" aria-label="Find and replace" onKeyDown={onKeyDown} data-testid="find-bar">
      <div className="find-row">
        <input
          ref={queryField}
          type="search"
          aria-label="Find"
          placeholder="Find"
          value={model.query}
          onChange={(event) => model.setQuery(event.target.value)}
          onKeyDown={onEnter(model.next, model.previous)}
        />
        <span className="find-count" role="status" data-testid="find-count">
          {status}
        </span>
        <button type="button" className="small" onClick={model.previous} disabled={model.total === 0} title="Previous match (Shift+F3)">
          ↑ Previous
        </button>
        <button type="button" className="small" onClick={model.next} disabled={model.total === 0} title="Next match (F3)">
          ↓ Next
        </button>
        <label className="find-option">
          <input type="checkbox" checked={model.matchCase} onChange={(event) => model.setMatchCase(event.target.checked)} /> Match case
        </label>
        <label className="find-option">
          <input type="checkbox" checked={model.wholeWord} onChange={(event) => model.setWholeWord(event.target.checked)} /> Whole word
        </label>
        {!replacing && !model.readOnly && (
          <button type="button" className="small" onClick={() => model.setMode('replace')} title="Replace (Ctrl+H)">
            Replace…
          </button>
        )}
        <button type="button" className="small" onClick={model.close} aria-label="Close find" title="Close (Escape)">
          ×
        </button>
      </div>
      {replacing && (
        <div className="find-row">
          <input
            type="text"
            aria-label="Replace with"
            placeholder="Replace with"
            value={model.replacement}
            onChange={(event) => model.setReplacement(event.target.value)}
            onKeyDown={onEnter(model.replace)}
          />
          <button type="button" className="small" onClick={model.replace} disabled={model.total === 0}>
            Replace
          </button>
          <button type="button" className="small" onClick={model.replaceAll} disabled={model.total === 0}>
            Replace all
          </button>
        </div>
      )}
      {model.message !== '' && (
        <p className="find-message" role="status" data-testid="find-message">
          {model.message}
        </p>
      )}
    </div>
  );
}
