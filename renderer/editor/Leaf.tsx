/**
 * One run of text in the editor. What a run can carry: a find match (a decoration of use-find.ts), the
 * passage of an open comment (passage-store.ts), and a suggestion's marks (src/suggest/marks.ts) — words
 * proposed for adding (<ins>) or removal (<del>, struck through), in the proposer's organization colour.
 * Only runs with a suggestion subscribe to the proposer store, each to its own suggestion.
 */
import { useCallback, useSyncExternalStore, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderLeafProps } from 'slate-react';
import { removedBy } from '../../src/suggest/marks.ts';
import type { ProposerStore } from '../suggest/proposer-store.ts';

function Suggested({ store, id, kind, children }: { store: ProposerStore | undefined; id: string; kind: 'ins' | 'del'; children: ReactNode }): ReactNode {
  const subscribe = useCallback((notify: () => void) => store?.subscribe(id, notify) ?? (() => undefined), [store, id]);
  const proposer = useSyncExternalStore(subscribe, () => store?.of(id));
  const { t } = useTranslation('editor');
  const style: CSSProperties & Record<'--sg', string> = { '--sg': proposer?.colour ?? '#6b6b6b' };
  const name = proposer?.name ?? t('someone');
  const title = kind === 'ins' ? t('suggestion.suggestedBy', { name }) : t('suggestion.suggestedForRemovalBy', { name });
  return kind === 'ins' ? (
    <ins className="sg sg-ins" style={style} title={title} data-suggestion={id}>
      {children}
    </ins>
  ) : (
    <del className="sg sg-del" style={style} title={title} data-suggestion={id}>
      {children}
    </del>
  );
}

/** The leaf renderer of the editor, drawing suggestions with their proposers from `proposers`. */
export function leafRenderer(proposers: ProposerStore | undefined): (props: RenderLeafProps) => ReactElement {
  return function renderLeaf({ attributes, children, leaf }: RenderLeafProps): ReactElement {
    const hit = 'findHit' in leaf ? leaf.findHit : undefined;
    const passage = 'passage' in leaf && leaf.passage === true;
    const classes = [hit === undefined ? '' : `find-hit find-${String(hit)}`, passage ? 'passage-hit' : ''].filter(Boolean).join(' ');
    const [removal] = removedBy(leaf);
    let content: ReactNode = children;
    if (leaf.ins !== undefined)
      content = (
        <Suggested store={proposers} id={leaf.ins} kind="ins">
          {children}
        </Suggested>
      );
    else if (removal !== undefined)
      content = (
        <Suggested store={proposers} id={removal} kind="del">
          {children}
        </Suggested>
      );
    return (
      <span
        {...attributes}
        {...(classes === '' ? {} : { className: classes })}
        {...(hit === undefined ? {} : { 'data-find-hit': String(hit) })}
        {...(passage ? { 'data-passage': '' } : {})}
      >
        {content}
      </span>
    );
  };
}
