/**
 * The coalition's workspace: one Y.Doc holding everything that is shared. This module names its roots and
 * reads and writes the coalition's metadata and member organizations. Each organization is a Y.Map with
 * one key per field, so two delegates changing different fields of it at once both win.
 *
 * | root           | type    | holds                                                          |
 * | -------------- | ------- | -------------------------------------------------------------- |
 * | meta           | Map     | workspace id, coalition name, format version, creation time,   |
 * |                |         | ratification rules (src/ratify/settings.ts)                    |
 * | orgs           | Map     | organization id → Map { id, name, short, colour, delegate };   |
 * |                |         | once founded, membership is decided by statements only         |
 * | sources        | Map     | imported founding documents and their principles               |
 * | constitution   | XmlText | the draft, bound to Slate (see constitution/document.ts)        |
 * | provenance     | Map     | block id → origins, merged-in blocks, history (src/provenance)  |
 * | statements     | Array   | the parliament's signed statements, append-only (src/ratify)   |
 * | comments       | Map     | comment id → clause, thread, author, text, resolution          |
 * | chapters       | Map     | chapter id → Map { org, localName, coalitionName, city, region,  |
 * |                |         | country, contact, headquarters, latitude?, longitude? }         |
 * |                |         | (src/chapters)                                                 |
 * | versions       | Map     | version id → a named snapshot of the draft                     |
 * | topics         | Map     | "topic:principle" → a delegate's topic tag correction: on/off, |
 * |                |         | org, delegate, time (src/compare/topic-corrections.ts)         |
 * | translations   | Map     | "block:language" → a block's translation: text, official or    |
 * |                |         | working, org, delegate, time, fingerprint of the wording it    |
 * |                |         | translates (src/translations/store.ts)                         |
 */
import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { ConcordError } from './errors.ts';
import { recordEntries, recordEntry } from './doc-shape.ts';

export const WORKSPACE_FORMAT = 1;

export interface Organization {
  id: string;
  name: string;
  /** Short name, unique in the coalition (case-insensitive): how the CLI and the UI refer to it. */
  short: string;
  /** "#rrggbb": the colour of its chips, cursors and columns. */
  colour: string;
  delegate: string;
}

export interface WorkspaceMeta {
  id: string;
  name: string;
  format: number;
  createdAt: string;
}

export type OrganizationInput = Partial<Omit<Organization, 'id'>>;

/** A palette that stays readable on white, for organizations added without a colour. */
export const ORG_PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#637939'] as const;

const SHORT_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,15}$/u;
const COLOUR_PATTERN = /^#[0-9a-f]{6}$/i;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function orgsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('orgs');
}

function str(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
}

export function readMeta(doc: Y.Doc): WorkspaceMeta {
  const meta = metaMap(doc);
  const format = meta.get('format');
  return {
    id: str(meta, 'id'),
    name: str(meta, 'name'),
    format: typeof format === 'number' ? format : 0,
    createdAt: str(meta, 'createdAt'),
  };
}

export function checkName(raw: string, what: 'coalition' | 'organization'): string {
  const clean = raw.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new ConcordError(`name.empty.${what}`);
  if (clean.length > 200) throw new ConcordError(`name.too-long.${what}`);
  return clean;
}

export function renameCoalition(doc: Y.Doc, name: string): void {
  metaMap(doc).set('name', checkName(name, 'coalition'));
}

function readOrg(map: Y.Map<unknown>): Organization {
  return {
    id: str(map, 'id'),
    name: str(map, 'name'),
    short: str(map, 'short'),
    colour: str(map, 'colour'),
    delegate: str(map, 'delegate'),
  };
}

/** The member organizations, in a stable order (by short name). */
export function listOrganizations(doc: Y.Doc): Organization[] {
  return recordEntries(doc, 'orgs')
    .map(([, map]) => readOrg(map))
    .sort((a, b) => a.short.localeCompare(b.short) || a.id.localeCompare(b.id));
}

export function findOrganization(doc: Y.Doc, ref: string): Organization | undefined {
  const wanted = ref.toLowerCase();
  return listOrganizations(doc).find((org) => org.id === ref || org.short.toLowerCase() === wanted);
}

export function requireOrganization(doc: Y.Doc, ref: string): Organization {
  const org = findOrganization(doc, ref);
  if (!org) throw new ConcordError('org.unknown.named', { ref });
  return org;
}

/** An organization's fields cleaned and checked for their form (name, short name, colour, delegate), or a ConcordError saying which is wrong. */
export function checkOrganizationFields(input: OrganizationInput): OrganizationInput {
  const out: OrganizationInput = {};
  if (input.name !== undefined) out.name = checkName(input.name, 'organization');
  if (input.short !== undefined) {
    const short = input.short.trim();
    if (!SHORT_PATTERN.test(short)) {
      throw new ConcordError('org.bad-short', { short: input.short });
    }
    out.short = short;
  }
  if (input.colour !== undefined) {
    if (!COLOUR_PATTERN.test(input.colour)) {
      throw new ConcordError('org.bad-colour', { colour: input.colour });
    }
    out.colour = input.colour.toLowerCase();
  }
  if (input.delegate !== undefined) out.delegate = input.delegate.replace(/\s+/g, ' ').trim().slice(0, 200);
  return out;
}

function checkFields(doc: Y.Doc, input: OrganizationInput, selfId?: string): OrganizationInput {
  const out = checkOrganizationFields(input);
  const clash = out.short === undefined ? undefined : findOrganization(doc, out.short);
  if (clash && clash.id !== selfId) throw new ConcordError('org.duplicate-short.by', { short: out.short ?? '', name: clash.name });
  return out;
}

/** The colour a new organization gets unless one is chosen: the first of the palette no member has yet. */
export function nextOrganizationColour(doc: Y.Doc): string {
  const used = new Set(listOrganizations(doc).map((o) => o.colour));
  return ORG_PALETTE.find((colour) => !used.has(colour)) ?? ORG_PALETTE[used.size % ORG_PALETTE.length] ?? ORG_PALETTE[0];
}

/** Add a member organization. Name and short name are required; colour is picked from the palette if absent. */
export function addOrganization(doc: Y.Doc, input: OrganizationInput): Organization {
  if (input.name === undefined || input.short === undefined) {
    throw new ConcordError('org.missing-field');
  }
  const fields = checkFields(doc, input);
  const id = newId('o_');
  const org: Organization = {
    id,
    name: fields.name ?? '',
    short: fields.short ?? '',
    colour: fields.colour ?? nextOrganizationColour(doc),
    delegate: fields.delegate ?? '',
  };
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(org)) map.set(key, value);
    orgsMap(doc).set(id, map);
  });
  return org;
}

/** Change some fields of an organization; each field is merged on its own. */
export function updateOrganization(doc: Y.Doc, ref: string, input: OrganizationInput): Organization {
  const org = requireOrganization(doc, ref);
  const fields = checkFields(doc, input, org.id);
  const map = recordEntry(doc, 'orgs', org.id);
  if (!map) throw new ConcordError('org.unknown.named', { ref });
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
  });
  return readOrg(map);
}

export function removeOrganization(doc: Y.Doc, ref: string): Organization {
  const org = requireOrganization(doc, ref);
  orgsMap(doc).delete(org.id);
  return org;
}
