/**
 * The export appendix "Member organizations and their chapters": whether the coalition chose to print it
 * (a workspace setting in `meta`, synced like the rest), and its content — each member organization's
 * chapters, and the chapters the parliament combined. Contacts stay out of it: an exported constitution
 * is a public document.
 */
import type * as Y from 'yjs';
import type { ChaptersAppendix } from '../export/model.ts';
import { plainEntry } from '../workspace/doc-shape.ts';
import { metaMap } from '../workspace/workspace.ts';
import { summarizeChapters } from './summary.ts';

const KEY = 'chaptersAppendix';

export function chaptersAppendixChosen(doc: Y.Doc): boolean {
  return plainEntry(doc, 'meta', KEY) === true;
}

export function chooseChaptersAppendix(doc: Y.Doc, on: boolean): void {
  metaMap(doc).set(KEY, on);
}

const place = (...parts: string[]): string => parts.filter((p) => p !== '').join(', ');

export function chaptersAppendix(doc: Y.Doc): ChaptersAppendix {
  const summary = summarizeChapters(doc);
  return {
    organizations: [...summary.organizations]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((org) => ({
        name: org.name,
        short: org.short,
        chapters: org.chapters.map((c) => ({ localName: c.localName, coalitionName: c.coalitionName, place: place(c.city, c.region, c.country), headquarters: c.headquarters })),
      })),
    combined: summary.combined.map((c) => ({
      coalitionName: c.coalitionName,
      place: place(c.city, c.region, c.country),
      members: c.chapters.map((m) => `${m.localName} (${m.organization})`),
    })),
  };
}
