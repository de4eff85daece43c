/**
 * The constitution shown read-only while it holds damaged blocks: the Slate editor converts blocks
 * recursively and cannot bind to them, so until the damage is dropped (see DamagedCopy) the text is shown
 * as the core reads it — flat, with the damaged parts left out.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readBlocks } from '../../src/constitution/root.ts';
import { useDocValue } from '../state/use-doc.ts';
import type * as Y from 'yjs';

export function DamagedConstitution({ doc }: { doc: Y.Doc }): ReactNode {
  const { t } = useTranslation('app');
  const blocks = useDocValue(doc, readBlocks);
  return (
    <div className="damaged-constitution" data-testid="constitution-read-only">
      <p>
        <em>{t('recovery.readOnly')}</em>
      </p>
      {blocks.map((block) => (
        <p key={block.id} data-block-type={block.type}>
          {block.text}
        </p>
      ))}
    </div>
  );
}
