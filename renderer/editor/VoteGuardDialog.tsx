/**
 * The question before an edit that would void a vote: "Propose an amendment" (the proposed wording with
 * its word diff goes into the clause's comments for the chair and delegates to take up; the text is not
 * touched), "Edit anyway" (the edit is made, and further edits under that vote go through) or Cancel
 * (Escape too; the edit is dropped). A modal <dialog>: the browser keeps focus inside it, and it is
 * labelled by its heading and question for screen readers; Tab cycles through its controls.
 */
import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ReactEditor } from 'slate-react';
import { wordDiff } from '../../src/compare/word-diff.ts';
import { numberBlocks } from '../../src/constitution/numbering.ts';
import { toBlock } from '../../src/constitution/schema.ts';
import { blocksOf } from '../../src/constitution/structure.ts';
import { addComment } from '../../src/provenance/comments.ts';
import type { Author } from '../../src/provenance/store.ts';
import { blockLabel } from '../../src/ratify/summary.ts';
import type { HeldEdit } from '../../src/ratify/vote-guard.ts';
import type { Notify } from '../notice.ts';
import { DiffText } from '../provenance/DiffText.tsx';
import type { ConcordEditor } from './create-editor.ts';
import type { VoteGuardStore } from './vote-guard-store.ts';
import { keepFocusIn, useModal } from './modal-dialog.ts';

interface Props {
  guard: VoteGuardStore;
  editor: ConcordEditor;
  doc: Y.Doc;
  author: Author;
  onNotice: Notify;
}

export function VoteGuardDialog(props: Props): ReactNode {
  const held = useSyncExternalStore(
    (notify) => props.guard.subscribe(notify),
    () => props.guard.current(),
  );
  return held ? <Question key={held.block} held={held} {...props} /> : null;
}

function Question({ held, guard, editor, doc, author, onNotice }: Props & { held: HeldEdit }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const { t } = useTranslation(['editor', 'common']);
  const { t: core } = useTranslation('core');
  const block = numberBlocks(blocksOf(editor).map(toBlock), core).find((b) => b.id === held.block);
  const current = block?.text ?? '';
  const label = block ? blockLabel(block) : t('voteGuard.thisClause');
  const [proposal, setProposal] = useState<string | null>(null);

  // The safe answer has the focus.
  useModal(ref, cancel);

  const answer = (go: boolean): void => {
    ref.current?.close();
    guard.settle(go);
    ReactEditor.focus(editor);
  };
  const propose = (): void => {
    const wording = (proposal ?? current).trim();
    if (wording === '' || wording === current) return;
    addComment(doc, held.block, t('voteGuard.comment', { label, wording }), author);
    onNotice('info', t('voteGuard.posted', { label }));
    answer(false);
  };

  return (
    <dialog
      ref={ref}
      className="dialog vote-guard"
      aria-labelledby="vote-guard-title"
      aria-describedby="vote-guard-question"
      data-testid="vote-guard"
      onKeyDown={(event) => ref.current && keepFocusIn(ref.current, event)}
      onCancel={(event) => {
        // Escape: the edit is dropped, and the dialog closes through `answer` like the buttons.
        event.preventDefault();
        answer(false);
      }}
    >
      <h2 id="vote-guard-title">{t('voteGuard.title', { label })}</h2>
      <p id="vote-guard-question">{t('voteGuard.question')}</p>
      {proposal === null ? (
        <div className="row">
          <button type="button" onClick={() => setProposal(current)}>
            {t('voteGuard.propose')}
          </button>
          <button type="button" onClick={() => answer(true)}>
            {t('voteGuard.editAnyway')}
          </button>
          <button type="button" className="primary" ref={cancel} onClick={() => answer(false)}>
            {t('common:cancel')}
          </button>
        </div>
      ) : (
        <form
          aria-label={t('voteGuard.proposeTo', { label })}
          onSubmit={(event) => {
            event.preventDefault();
            propose();
          }}
        >
          <label className="ratify-wording">
            {t('voteGuard.proposedWording')}
            <textarea rows={3} value={proposal} autoFocus onChange={(event) => setProposal(event.target.value)} />
          </label>
          <div role="group" aria-label={t('voteGuard.changes')}>
            <DiffText spans={wordDiff(current, proposal).spans} testId="proposal-diff" />
          </div>
          <div className="row">
            <button type="submit" className="primary" disabled={proposal.trim() === '' || proposal.trim() === current}>
              {t('voteGuard.post')}
            </button>
            <button type="button" onClick={() => answer(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
