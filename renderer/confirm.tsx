/**
 * Asking the delegate to confirm a step they cannot take back by accident (leaving a meeting): `ask`
 * resolves true or false once they choose; `dialog` is the element to render meanwhile.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Question {
  title: string;
  text: string;
  yes: string;
  resolve(answer: boolean): void;
}

export interface Confirm {
  ask(title: string, text: string, yes: string): Promise<boolean>;
  dialog: ReactNode;
}

export function useConfirm(): Confirm {
  const { t } = useTranslation('app');
  const [question, setQuestion] = useState<Question | null>(null);
  const ask = useCallback((title: string, text: string, yes: string) => new Promise<boolean>((resolve) => setQuestion({ title, text, yes, resolve })), []);
  const answer = (value: boolean): void => {
    question?.resolve(value);
    setQuestion(null);
  };
  const dialog = question && (
    <div className="dialog-backdrop">
      <section className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-text">
        <h2 id="confirm-title">{question.title}</h2>
        <p id="confirm-text">{question.text}</p>
        <div className="row">
          <button type="button" className="primary" onClick={() => answer(true)}>
            {question.yes}
          </button>
          <button type="button" autoFocus onClick={() => answer(false)}>
            {t('shell.stay')}
          </button>
        </div>
      </section>
    </div>
  );
  return { ask, dialog };
}
