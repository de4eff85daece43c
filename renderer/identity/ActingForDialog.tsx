/**
 * Asks a delegate who has not said which organization they act for, before their first change (held by
 * acting-guard.ts): choosing one makes the change in its name; Cancel (or Escape) drops the change.
 */
import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { YjsEditor } from '@slate-yjs/core';
import { useTranslation } from 'react-i18next';
import { ReactEditor } from 'slate-react';
import type * as Y from 'yjs';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import type { ConcordEditor } from '../editor/create-editor.ts';
import { keepFocusIn, useModal } from '../editor/modal-dialog.ts';
import type { ActingGuard } from './acting-guard.ts';
import { OrganizationChoices } from './ActingAs.tsx';
import type { ActorView } from './use-actor.ts';

interface Props {
  guard: ActingGuard;
  editor: ConcordEditor;
  doc: Y.Doc;
  view: ActorView;
}

export function ActingForDialog(props: Props): ReactNode {
  const asking = useSyncExternalStore(
    (notify) => props.guard.subscribe(notify),
    () => props.guard.asking(),
  );
  return asking ? <Question {...props} /> : null;
}

function Question({ guard, editor, doc, view }: Props): ReactNode {
  const { t } = useTranslation(['app', 'common']);
  const ref = useRef<HTMLDialogElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const [org, setOrg] = useState('');
  const orgs = listOrganizations(doc);

  useModal(ref, select);

  const answer = (chosen: string): void => {
    ref.current?.close();
    if (chosen !== '') view.choose(chosen);
    guard.settle(chosen !== '');
    // Back to the text when the change was made there (from Sources, the editor is not on screen).
    if (YjsEditor.connected(editor)) ReactEditor.focus(editor);
  };

  return (
    <dialog
      ref={ref}
      className="dialog acting-for"
      aria-labelledby="acting-for-title"
      aria-describedby="acting-for-why"
      onKeyDown={(event) => ref.current && keepFocusIn(ref.current, event)}
      onCancel={(event) => {
        event.preventDefault();
        answer('');
      }}
    >
      <h2 id="acting-for-title">{t('identity.question')}</h2>
      <p id="acting-for-why">{t('identity.why')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          answer(org);
        }}
      >
        <label>
          {t('identity.actingFor')}{' '}
          <select ref={select} value={org} onChange={(event) => setOrg(event.target.value)}>
            <OrganizationChoices orgs={orgs} />
          </select>
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={org === ''}>
            {t('identity.actAndChange')}
          </button>
          <button type="button" onClick={() => answer('')}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
