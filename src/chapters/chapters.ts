/**
 * The member organizations' local chapters, kept in the workspace's `chapters` root: chapter id → Y.Map
 * with one key per field (so two delegates editing different fields of one chapter both win). A chapter
 * keeps its local name and gets a name as a coalition chapter ("Coalition of the Left — New York" unless
 * its organization chooses another). Readers take each field only when it has the right type and size:
 * a peer can write anything under the root (doc-shape.ts skips and reports what is not a record).
 */
import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { recordEntries, recordEntry } from '../workspace/doc-shape.ts';
import { ConcordError } from '../workspace/errors.ts';
import { listOrganizations, readMeta } from '../workspace/workspace.ts';
import { countryKey } from './countries.ts';
import { countryName, placeKey, regionName } from './places.ts';

export interface Chapter {
  id: string;
  /** The member organization's id. */
  org: string;
  localName: string;
  coalitionName: string;
  city: string;
  /** State, province or region ("" when none was given). */
  region: string;
  country: string;
  contact: string;
  headquarters: boolean;
  /** Where the city is, when given; otherwise the map looks the city up in its gazetteer. */
  latitude: number | undefined;
  longitude: number | undefined;
}

export type ChapterInput = Omit<Chapter, 'id'>;

/** The longest text a chapter's field holds. */
const FIELD_MAX = 200;

function chaptersMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('chapters');
}

function text(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  return typeof value === 'string' ? value.slice(0, FIELD_MAX) : '';
}

function coordinate(map: Y.Map<unknown>, key: string, limit: number): number | undefined {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit ? value : undefined;
}

function readChapter(id: string, map: Y.Map<unknown>): Chapter {
  return {
    id,
    org: text(map, 'org'),
    localName: text(map, 'localName'),
    coalitionName: text(map, 'coalitionName'),
    city: text(map, 'city'),
    region: text(map, 'region'),
    country: text(map, 'country'),
    contact: text(map, 'contact'),
    headquarters: map.get('headquarters') === true,
    latitude: coordinate(map, 'latitude', 90),
    longitude: coordinate(map, 'longitude', 180),
  };
}

/** Every chapter of a listed organization that names a city and a local name, by organization, then country, region, city and local name. */
export function listChapters(doc: Y.Doc): Chapter[] {
  const orgs = new Set(listOrganizations(doc).map((o) => o.id));
  return recordEntries(doc, 'chapters')
    .map(([id, map]) => readChapter(id, map))
    .filter((c) => orgs.has(c.org) && c.city !== '' && c.localName !== '')
    .map((c) => ({ c, key: [c.org, countryName(c.country), regionName(c.region, c.country), c.city, c.localName, c.id].map(placeKey).join('\u0000') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ c }) => c);
}

/** The coalition-chapter name suggested for a city: "<Coalition name> — <City>". */
export function suggestedCoalitionName(coalition: string, city: string): string {
  return [coalition.trim(), city.trim()].filter((part) => part !== '').join(' — ');
}

/** What makes two chapters the same chapter: one organization, one place (its country however written), one local name. */
export function chapterIdentity(c: Pick<Chapter, 'org' | 'localName' | 'city' | 'region' | 'country'>): string {
  return [c.org, placeKey(c.localName), placeKey(c.city), placeKey(regionName(c.region, c.country)), countryKey(c.country)].join('\u0000');
}

/** The text fields of a chapter, each named in the errors catalog (chapter.missing-field, chapter.too-long). */
type ChapterField = 'city' | 'localName' | 'coalitionName' | 'region' | 'country' | 'contact';

function tidy(value: string, what: ChapterField, required: boolean): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (required && clean === '') throw new ConcordError(`chapter.missing-field.${what}`);
  if (clean.length > FIELD_MAX) throw new ConcordError(`chapter.too-long.${what}`, { max: FIELD_MAX });
  return clean;
}

/** What checking a chapter needs to know of the workspace: its organizations and the coalition's name (read once for many chapters). */
export interface ChapterContext {
  orgs: ReadonlySet<string>;
  coalition: string;
}

export function chapterContext(doc: Y.Doc): ChapterContext {
  return { orgs: new Set(listOrganizations(doc).map((o) => o.id)), coalition: readMeta(doc).name };
}

/** A chapter's fields cleaned and checked (organization known, city, country and local name given, coordinates in range), or a ConcordError saying what is wrong. */
export function checkChapter(context: ChapterContext, input: ChapterInput): ChapterInput {
  if (!context.orgs.has(input.org)) throw new ConcordError('chapter.unknown-org');
  const city = tidy(input.city, 'city', true);
  const { latitude, longitude } = input;
  if ((latitude === undefined) !== (longitude === undefined)) throw new ConcordError('chapter.half-coordinates');
  if (latitude !== undefined && (!Number.isFinite(latitude) || Math.abs(latitude) > 90)) throw new ConcordError('chapter.bad-latitude');
  if (longitude !== undefined && (!Number.isFinite(longitude) || Math.abs(longitude) > 180)) throw new ConcordError('chapter.bad-longitude');
  return {
    org: input.org,
    localName: tidy(input.localName, 'localName', true),
    coalitionName: tidy(input.coalitionName, 'coalitionName', false) || suggestedCoalitionName(context.coalition, city),
    city,
    region: tidy(input.region, 'region', false),
    country: tidy(input.country, 'country', true),
    contact: tidy(input.contact, 'contact', false),
    headquarters: input.headquarters,
    latitude,
    longitude,
  };
}

/** The chapters listed, indexed for the two rules a new one must keep: no chapter twice, one headquarters per organization. */
export class ChapterIndex {
  private readonly identities = new Set<string>();
  private readonly headquarters = new Set<string>();

  constructor(chapters: readonly Chapter[]) {
    for (const c of chapters) this.add(c);
  }

  /** Why `input` cannot join the chapters listed (the same chapter twice, or a second headquarters), or undefined. */
  clash(input: ChapterInput): ConcordError | undefined {
    if (this.identities.has(chapterIdentity(input))) return new ConcordError('chapter.duplicate.listed', { localName: input.localName, city: input.city });
    if (input.headquarters && this.headquarters.has(input.org)) return new ConcordError('chapter.duplicate.headquarters');
    return undefined;
  }

  add(chapter: ChapterInput): void {
    this.identities.add(chapterIdentity(chapter));
    if (chapter.headquarters) this.headquarters.add(chapter.org);
  }
}

/** Each field as its own key; an empty one as no key at all (readers take a missing field as empty). `fresh`: a map not yet in the document. */
function write(map: Y.Map<unknown>, chapter: ChapterInput, fresh: boolean): void {
  for (const [key, value] of Object.entries(chapter)) {
    const empty = value === undefined || value === '' || value === false;
    if (fresh) {
      if (!empty) map.set(key, value);
    } else if (empty) {
      if (map.has(key)) map.delete(key);
    } else if (map.get(key) !== value) map.set(key, value);
  }
}

/** Add chapters in one change (all or none): each checked, and none clashing with those listed or with each other. */
export function addChapters(doc: Y.Doc, inputs: readonly ChapterInput[]): Chapter[] {
  const index = new ChapterIndex(listChapters(doc));
  const context = chapterContext(doc);
  const added: Chapter[] = [];
  for (const input of inputs) {
    const chapter = { id: newId('ch_'), ...checkChapter(context, input) };
    const clash = index.clash(chapter);
    if (clash) throw clash;
    index.add(chapter);
    added.push(chapter);
  }
  doc.transact(() => {
    for (const { id, ...fields } of added) {
      const map = new Y.Map<unknown>();
      write(map, fields, true);
      chaptersMap(doc).set(id, map);
    }
  });
  return added;
}

/** Change a chapter; every field is checked as for a new one. */
export function updateChapter(doc: Y.Doc, id: string, input: ChapterInput): Chapter {
  const map = recordEntry(doc, 'chapters', id);
  if (!map) throw new ConcordError('chapter.unknown');
  const fields = checkChapter(chapterContext(doc), input);
  const others = listChapters(doc).filter((c) => c.id !== id);
  const clash = new ChapterIndex(others).clash(fields);
  if (clash) throw clash;
  doc.transact(() => write(map, fields, false));
  return { id, ...fields };
}

export function removeChapter(doc: Y.Doc, id: string): void {
  chaptersMap(doc).delete(id);
}
