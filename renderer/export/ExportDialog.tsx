/**
 * File › Export…: the constitution as PDF (ratified text by default, or the full draft with status marks;
 * with or without provenance notes), Word, Markdown, HTML, Akoma Ntoso, or the signed ratification record.
 * All rendering is the core's (src/export); this dialog picks options, shows progress and saves the file.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import {
  buildExportModel,
  EXPORT_FORMATS,
  exportConstitution,
  FORMAT_INFO,
  isExportFormat,
  renderHtml,
  suggestedFileName,
  type ExportFormat,
  type PdfStep,
} from '../../src/export/index.ts';
import { readMeta } from '../../src/workspace/workspace.ts';
import type { Host } from '../host.ts';
import type { Notify } from '../notice.ts';
import { anchorPagesInWorker } from '../documents/in-worker.ts';
import { openPrintWindow } from './print-window.ts';

interface Props {
  doc: Y.Doc;
  host: Host;
  onNotice: Notify;
  onClose(): void;
}

const STEP_TEXT: Record<PdfStep, string> = {
  'laying out': 'Laying out the pages…',
  printing: 'Printing…',
  'numbering pages': 'Numbering the table of contents…',
  'printing with page numbers': 'Printing with page numbers…',
};

export function ExportDialog({ doc, host, onNotice, onClose }: Props): ReactNode {
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [draft, setDraft] = useState(false);
  const [provenance, setProvenance] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setError(null);
    const options = { mode: draft ? ('draft' as const) : ('ratified' as const), provenance };
    const name = suggestedFileName(readMeta(doc).name, format);
    try {
      setBusy('Preparing…');
      if (format === 'pdf' && !host.printToPdf) {
        openPrintWindow(renderHtml(buildExportModel(doc, options)));
        onNotice('info', 'The print view opened in a new window: choose “Save as PDF” in the print dialog.');
        onClose();
        return;
      }
      const file = await exportConstitution(doc, {
        format,
        ...options,
        ...(host.printToPdf ? { print: host.printToPdf, pagesOf: anchorPagesInWorker } : {}),
        onProgress: (step) => setBusy(STEP_TEXT[step]),
      });
      setBusy('Saving…');
      if (await host.saveFile(name, file.bytes)) onNotice('info', `Exported the constitution as ${FORMAT_INFO[format].name}.`);
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onSubmit={(event) => void submit(event)}>
        <h2 id="export-title">Export the constitution</h2>
        <label className="field">
          Format
          <select value={format} onChange={(event) => isExportFormat(event.target.value) && setFormat(event.target.value)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_INFO[f].name}
              </option>
            ))}
          </select>
        </label>
        {format !== 'record' && (
          <fieldset className="export-options">
            <legend>Contents</legend>
            <label>
              <input type="radio" name="mode" checked={!draft} onChange={() => setDraft(false)} /> The ratified text only
            </label>
            <label>
              <input type="radio" name="mode" checked={draft} onChange={() => setDraft(true)} /> The full draft, with each clause’s status
            </label>
            <label>
              <input type="checkbox" checked={provenance} onChange={(event) => setProvenance(event.target.checked)} /> With provenance notes (the organizations each clause came
              from)
            </label>
          </fieldset>
        )}
        {busy && (
          <p role="status" className="export-progress">
            <progress aria-label="Export progress" /> {busy}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy !== null}>
            Export
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
