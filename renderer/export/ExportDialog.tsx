/**
 * File › Export…: the constitution as PDF (ratified text by default, or the full draft with status marks;
 * with or without provenance notes), Word, Markdown, HTML, Akoma Ntoso, or the signed ratification record.
 * All rendering is the core's (src/export); this dialog picks options, shows progress and saves the file.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { buildExportModel, EXPORT_FORMATS, exportConstitution, isExportFormat, renderHtml, suggestedFileName, type ExportFormat, type PdfStep } from '../../src/export/index.ts';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { readCoalitionLanguage, setCoalitionLanguage } from '../../src/workspace/language.ts';
import { readMeta } from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';
import type { Host } from '../host.ts';
import type { Notify } from '../notice.ts';
import { anchorPagesInWorker } from '../documents/in-worker.ts';
import { openPrintWindow } from './print-window.ts';
import { errorText } from '../i18n/error-text.ts';

interface Props {
  doc: Y.Doc;
  host: Host;
  onNotice: Notify;
  onClose(): void;
}

function stepText(t: TFunction<'editor'>, step: PdfStep): string {
  switch (step) {
    case 'laying out':
      return t('export.step.layingOut');
    case 'printing':
      return t('export.step.printing');
    case 'numbering pages':
      return t('export.step.numbering');
    case 'printing with page numbers':
      return t('export.step.printingNumbered');
  }
}

export function ExportDialog({ doc, host, onNotice, onClose }: Props): ReactNode {
  const { t } = useTranslation(['editor', 'common']);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [draft, setDraft] = useState(false);
  const [provenance, setProvenance] = useState(false);
  const language = useDocValue(doc, readCoalitionLanguage);
  const [parallel, setParallel] = useState<Language | ''>('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setError(null);
    const options = { mode: draft ? ('draft' as const) : ('ratified' as const), provenance, ...(parallel !== '' && parallel !== language ? { parallel } : {}) };
    const name = suggestedFileName(readMeta(doc).name, format);
    try {
      setBusy(t('export.preparing'));
      if (format === 'pdf' && !host.printToPdf) {
        openPrintWindow(renderHtml(buildExportModel(doc, options)));
        onNotice('info', t('export.printView'));
        onClose();
        return;
      }
      const file = await exportConstitution(doc, {
        format,
        ...options,
        ...(host.printToPdf ? { print: host.printToPdf, pagesOf: anchorPagesInWorker } : {}),
        onProgress: (step) => setBusy(stepText(t, step)),
      });
      setBusy(t('export.saving'));
      if (await host.saveFile(name, file.bytes)) onNotice('info', t('export.exported', { format: t(`export.formats.${format}`) }));
      onClose();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onSubmit={(event) => void submit(event)}>
        <h2 id="export-title">{t('export.title')}</h2>
        <label className="field">
          {t('export.format')}
          <select value={format} onChange={(event) => isExportFormat(event.target.value) && setFormat(event.target.value)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {format !== 'record' && (
          <label className="field">
            {t('export.language')}
            <select
              value={language}
              aria-describedby="export-language-hint"
              onChange={(event) => {
                setCoalitionLanguage(doc, event.target.value);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
            <small id="export-language-hint">{t('export.languageHint')}</small>
          </label>
        )}
        {format !== 'record' && format !== 'akn' && (
          <label className="field">
            {t('export.parallel')}
            <select value={parallel} onChange={(event) => setParallel(isLanguage(event.target.value) ? event.target.value : '')}>
              <option value="">{t('export.noParallel')}</option>
              {LANGUAGES.filter((l) => l !== language).map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
        )}
        {format !== 'record' && (
          <fieldset className="export-options">
            <legend>{t('export.contents')}</legend>
            <label>
              <input type="radio" name="mode" checked={!draft} onChange={() => setDraft(false)} /> {t('export.ratified')}
            </label>
            <label>
              <input type="radio" name="mode" checked={draft} onChange={() => setDraft(true)} /> {t('export.draft')}
            </label>
            <label>
              <input type="checkbox" checked={provenance} onChange={(event) => setProvenance(event.target.checked)} /> {t('export.provenance')}
            </label>
          </fieldset>
        )}
        {busy && (
          <p role="status" className="export-progress">
            <progress aria-label={t('export.progress')} /> {busy}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy !== null}>
            {t('export.export')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
