/** Chapters from CSV: a good file imports whole; each of the bad files is refused with its problem on its line, and the workspace is left exactly as it was. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChapters, listChapters } from '../../src/chapters/chapters.ts';
import { ChaptersCsvError, chaptersTemplate, CSV_MAX_ROWS, importChaptersCsv } from '../../src/chapters/csv.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { workspaceWith } from './core-helpers.ts';

const HEAD = 'Organization,Local name,City,State,Country,Headquarters,Latitude,Longitude';

function coalition(): { doc: Y.Doc; swp: string; dfa: string } {
  const doc = workspaceWith(['preamble:We unite.'], 'Coalition of the Left');
  const swp = addOrganization(doc, { name: 'Socialist Workers Party', short: 'SWP' }).id;
  const dfa = addOrganization(doc, { name: 'Democracy for America', short: 'DFA' }).id;
  addChapters(doc, [
    {
      org: dfa,
      localName: 'DFA Burlington',
      coalitionName: '',
      city: 'Burlington',
      region: 'VT',
      country: 'USA',
      contact: '',
      headquarters: true,
      latitude: undefined,
      longitude: undefined,
    },
  ]);
  return { doc, swp, dfa };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('chapters CSV import', () => {
  it('imports a good file whole: semicolons, quotes over two lines, a byte-order mark, suggested coalition names', () => {
    const { doc, swp } = coalition();
    const text =
      '\uFEFFOrganization;Local name;City;State;Country;Headquarters\r\nSWP;"SWP New York,\r\nManhattan";New York;NY;United States;yes\r\nswp;SWP Dallas;Dallas;TX;USA;\r\n';
    const added = importChaptersCsv(doc, utf8(text), 'swp.csv');
    expect(added.map((c) => [c.localName, c.coalitionName, c.headquarters])).toEqual([
      ['SWP New York, Manhattan', 'Coalition of the Left — New York', true],
      ['SWP Dallas', 'Coalition of the Left — Dallas', false],
    ]);
    expect(listChapters(doc).filter((c) => c.org === swp)).toHaveLength(2);
  });

  it('downloads a template that imports as it is', () => {
    const { doc } = coalition();
    expect(importChaptersCsv(doc, utf8(chaptersTemplate('Coalition of the Left', 'SWP')), 'template.csv')).toHaveLength(1);
  });

  const many = `${HEAD}\n${Array.from({ length: CSV_MAX_ROWS + 1 }, (_, i) => `SWP,Local ${i},City ${i},,USA,,,`).join('\n')}\n`;
  /** [what is wrong, the file, the line reported, words of the message]; imported for SWP unless the case says otherwise. */
  const cases: Array<[string, Uint8Array | string, number, RegExp, string?]> = [
    ['missing city', `${HEAD}\nSWP,SWP NY,New York,NY,USA,,,\nSWP,SWP Dallas,,TX,USA,,,\n`, 3, /city is missing/],
    ['unknown organization', `${HEAD}\nXYZ,XYZ NY,New York,NY,USA,,,\n`, 2, /"XYZ" is not a member organization/, ''],
    [
      'wrong encoding (Windows-1252)',
      Uint8Array.from([...utf8(`${HEAD}\nSWP,SWP NY,New York,NY,USA,,,\nSWP,`), 0x4d, 0xe9, 0x78, ...utf8('ico,Ciudad,CDMX,Mexico,,,\n')]),
      3,
      /not saved as UTF-8/,
    ],
    [
      'duplicate chapter in the file',
      `${HEAD}\nSWP,SWP NY,New York,NY,USA,,,\nSWP,SWP Dallas,Dallas,TX,USA,,,\nSWP,swp ny,new york,New York,United States,,,\n`,
      4,
      /already on line 2/,
    ],
    ['duplicate of a chapter already listed', `Organization,Local name,City,State,Country\nDFA,DFA Burlington,Burlington,Vermont,US\n`, 2, /already listed/, ''],
    ['missing local name', `${HEAD}\nSWP,,New York,NY,USA,,,\n`, 2, /local name is missing/],
    ['missing country', `${HEAD}\nSWP,SWP NY,New York,NY,,,,\n`, 2, /country is missing/],
    ['latitude not a number', `${HEAD}\nSWP,SWP NY,New York,NY,USA,,forty,-73.9\n`, 2, /latitude must be a number/],
    ['latitude out of range', `${HEAD}\nSWP,SWP NY,New York,NY,USA,,140.7,-73.9\n`, 2, /latitude must be a number from -90 to 90/],
    ['longitude out of range', `${HEAD}\nSWP,SWP NY,New York,NY,USA,,40.7,-273.9\n`, 2, /longitude must be a number from -180 to 180/],
    ['latitude without longitude', `${HEAD}\nSWP,SWP NY,New York,NY,USA,,40.7,\n`, 2, /both the latitude and the longitude/],
    ['headquarters not yes or no', `${HEAD}\nSWP,SWP NY,New York,NY,USA,maybe,,\n`, 2, /"maybe" is not a headquarters value/],
    ['two headquarters in the file', `${HEAD}\nSWP,SWP NY,New York,NY,USA,yes,,\nSWP,SWP Dallas,Dallas,TX,USA,yes,,\n`, 3, /already has a headquarters/],
    [
      'a second headquarters for an organization that has one',
      `Organization,Local name,City,Country,Headquarters\nDFA,DFA New York,New York,USA,yes\n`,
      2,
      /already has a headquarters/,
      '',
    ],
    ['a row with too many fields', `${HEAD}\nSWP,SWP NY,New York,NY,USA,,,,extra\n`, 2, /9 fields where the headings have 8/],
    ['a row with too few fields', `${HEAD}\nSWP,SWP NY,New York\n`, 2, /3 fields where the headings have 8/],
    ['a quote never closed', `${HEAD}\nSWP,SWP NY,New York,NY,USA,,,\nSWP,"SWP Dallas,Dallas,TX,USA,,,\n`, 3, /quoted field is never closed/],
    ['a required column missing', 'Organization,Local name,State,Country\nSWP,SWP NY,NY,USA\n', 1, /column "City" is missing/],
    ['an unknown column', `${HEAD},Members\nSWP,SWP NY,New York,NY,USA,,,,300\n`, 1, /column "Members" is not one Concord knows/],
    ['a column twice', 'Organization,Local name,City,Town,Country\nSWP,SWP NY,New York,Brooklyn,USA\n', 1, /column "City" is there twice \(as "Town"\)/],
    ['a field too long', `${HEAD}\nSWP,${'N'.repeat(201)},New York,NY,USA,,,\n`, 2, /local name is too long/],
    ['a row for another organization than the one imported for', `${HEAD}\nDFA,DFA NY,New York,NY,USA,,,\n`, 2, /row is for DFA, but this file is imported for SWP/],
    ['no organization at all', 'Local name,City,Country\nSWP NY,New York,USA\n', 1, /column "Organization" is missing/, ''],
    ['headings and no chapter', `${HEAD}\n\n`, 1, /lists no chapter/],
    ['an empty file', '', 1, /file is empty/],
    ['a binary file', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 1, /does not contain text/],
    ['too many rows', many, 1, new RegExp(`at most ${CSV_MAX_ROWS}`)],
  ];

  it.each(cases)('refuses %s, on its line, and changes nothing', (_what, file, line, words, forOrg = 'SWP') => {
    const { doc } = coalition();
    const before = Y.encodeStateAsUpdate(doc);
    const bytes = typeof file === 'string' ? utf8(file) : file;
    let caught: unknown;
    try {
      importChaptersCsv(doc, bytes, 'chapters.csv', forOrg === '' ? undefined : forOrg);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChaptersCsvError);
    const problems = caught instanceof ChaptersCsvError ? caught.problems : [];
    expect(problems.map((p) => p.line)).toEqual([line]);
    expect(problems[0]?.message).toMatch(words);
    expect(caught instanceof Error ? caught.message : '').toContain(`line ${line}:`);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reports every bad row of a file, each on its own line, and imports none of the good ones', () => {
    const { doc } = coalition();
    const text = `${HEAD}\nSWP,SWP NY,New York,NY,USA,,,\nSWP,SWP Dallas,,TX,USA,,,\nSWP,SWP Austin,Austin,TX,USA,,,\nXYZ,Boston,Boston,MA,USA,,,\n`;
    expect(() => importChaptersCsv(doc, utf8(text), 'mixed.csv', 'SWP')).toThrow(/line 3: the city is missing[\s\S]*line 5: "XYZ"/);
    expect(listChapters(doc)).toHaveLength(1);
  });
});
