/**
 * Which page each heading landed on in a printed PDF. Chromium writes a named destination for every
 * element a link points to (the table of contents links to each heading's id), so pdf.js can tell the page
 * of each anchor without reading any text. The caller passes pdf.js in (see import/pdf-types.ts for how each
 * platform loads it).
 */

/** The part of a pdf.js document this module uses. */
export interface DestinationDocument {
  getDestination(id: string): Promise<unknown[] | null>;
  getPageIndex(ref: { num: number; gen: number }): Promise<number>;
}

/** The part of pdf.js this module uses. */
export interface DestinationPdfJs {
  getDocument(parameters: { data: Uint8Array; verbosity?: number; isEvalSupported?: boolean }): {
    promise: Promise<DestinationDocument>;
    destroy(): Promise<void>;
  };
}

export type DestinationPdfJsLoader = () => Promise<DestinationPdfJs>;

/** How a platform finds the page of each anchor: anchorPages with its pdf.js, or the same run elsewhere (a worker). */
export type AnchorPageReader = (pdf: Uint8Array, anchors: readonly string[]) => Promise<Map<string, number>>;

function isRef(value: unknown): value is { num: number; gen: number } {
  return typeof value === 'object' && value !== null && 'num' in value && typeof value.num === 'number' && 'gen' in value && typeof value.gen === 'number';
}

/** The 1-based page number of each anchor found in `pdf`; anchors with no destination are left out. */
export async function anchorPages(pdf: Uint8Array, anchors: readonly string[], loadPdfJs: DestinationPdfJsLoader): Promise<Map<string, number>> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: pdf.slice(), verbosity: 0, isEvalSupported: false });
  try {
    const doc = await task.promise;
    const pages = new Map<string, number>();
    for (const anchor of anchors) {
      const destination = await doc.getDestination(anchor);
      const ref = destination?.[0];
      if (isRef(ref)) pages.set(anchor, (await doc.getPageIndex(ref)) + 1);
      else if (typeof ref === 'number') pages.set(anchor, ref + 1);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

export function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([anchor, page]) => b.get(anchor) === page);
}
