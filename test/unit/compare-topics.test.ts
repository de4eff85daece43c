/**
 * Comparison by topic: planted principles in English, Spanish, French and German land in the right topics
 * of the taxonomy (and unrelated ones do not); delegates' corrections add and remove topics, name who set
 * them, merge from two replicas and survive a round trip; hostile correction entries (wrong types, a key
 * that lies about its fields, unknown topics) are skipped and reported, and the server refuses the wrong
 * types; the rows put each organization’s principles on a topic side by side, and the filter narrows them.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { compareByTopic, principleTopics, tagOrganizations } from '../../src/compare/by-topic.ts';
import { filterTopicRows } from '../../src/compare/filter.ts';
import type { CompareOrganization } from '../../src/compare/compare.ts';
import { readTopicCorrections, setTopicTag, TOPICS_ROOT } from '../../src/compare/topic-corrections.ts';
import { autoTopics, MAX_AUTO_TAGS, topicScores } from '../../src/compare/topic-tagger.ts';
import { CUE_LANGUAGES, TOPICS, topicById } from '../../src/compare/topics.ts';
import { checkUpdate } from '../../src/sync/update-check.ts';
import { inspectWorkspace } from '../../src/workspace/doc-shape.ts';
import { initWorkspace } from '../../src/workspace/init.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';
import { addSource } from '../../src/workspace/sources.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { errorCode } from './core-helpers.ts';

/** Planted principles and the topic each must be tagged with, in the four languages of the taxonomy. */
const PLANTED: ReadonlyArray<[string, string]> = [
  ['Every worker is entitled to a fair wage and to an eight-hour working day.', 'wages-labour'],
  ['Todo trabajador tiene derecho a un salario digno y a una jornada de ocho horas.', 'wages-labour'],
  ['Les salaires des travailleurs sont fixés par convention collective.', 'wages-labour'],
  ['Wir fordern einen gesetzlichen Mindestlohn für alle Beschäftigten.', 'wages-labour'],
  ['Members pay their dues to the treasurer every quarter.', 'finances'],
  ['Los afiliados pagan una cuota mensual que administra la tesorería.', 'finances'],
  ['The annual congress elects the steering committee by secret ballot.', 'elections'],
  ['La asamblea general elige a la dirección por voto secreto cada dos años.', 'elections'],
  ['Decisions are taken by a two-thirds majority of the votes cast.', 'decision-making'],
  ['Las decisiones se toman por mayoría de dos tercios de los votos emitidos.', 'decision-making'],
  ['We shall protect the environment and fight climate change.', 'environment'],
  ['Defendemos el medio ambiente y luchamos contra el cambio climático.', 'environment'],
  ['Die Partei kämpft für Klimaschutz und eine saubere Umwelt.', 'environment'],
  ['Men and women shall have equal rights, and no one shall be discriminated against.', 'equality'],
  ['Hombres y mujeres tienen los mismos derechos; nadie será discriminado por su origen.', 'equality'],
  ['The land and the means of production shall be held in common ownership.', 'ownership'],
  ['La propiedad de los medios de producción será colectiva.', 'ownership'],
  ['The workers of all countries stand together in international solidarity.', 'internationalism'],
  ['Los trabajadores de todos los países se unen en la solidaridad internacional.', 'internationalism'],
  ['Every citizen has the right to free public education, from school to university.', 'education'],
  ['Toda persona tiene derecho a una educación pública y gratuita.', 'education'],
  ['Nous défendons le droit de grève et la liberté syndicale.', 'unions-strikes'],
  ['Los sindicatos tienen derecho a la huelga y a la negociación colectiva.', 'unions-strikes'],
  ['Power belongs to the people, who govern themselves democratically.', 'democracy'],
  ['El poder reside en el pueblo y se ejerce de forma democrática.', 'democracy'],
  ['Toda persona tiene derecho a la libertad de reunión y de asociación pacíficas.', 'association'],
  ['Toute personne a droit à la liberté de réunion et d’association pacifiques.', 'association'],
  ['Our software remains free: its source code is published under a free licence.', 'software-knowledge'],
];

const UNRELATED = ['Beautiful is better than ugly.', 'Hoy hace sol.', 'It is a truth universally acknowledged.'];

describe('the taxonomy', () => {
  it('has about forty topics with unique ids, labels and cues in English, Spanish, French and German', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(38);
    expect(TOPICS.length).toBeLessThanOrEqual(50);
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    for (const topic of TOPICS) {
      expect(topic.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const language of CUE_LANGUAGES) expect(topic.cues[language].length, `${topic.id} ${language}`).toBeGreaterThan(0);
      for (const cue of CUE_LANGUAGES.flatMap((language) => topic.cues[language])) expect(cue, topic.id).toMatch(/^~?\*?[a-z0-9]+\*?( \*?[a-z0-9]+\*?)*$/);
    }
    expect(topicById('wages-labour')?.label).toBe('Wages and labour');
    // A phrase cut across two lines of the taxonomy stays one phrase.
    expect(topicById('officers')?.cues.en).toContain('terms of office');
    expect(autoTopics("Used within the terms of the program's license.")).not.toContain('officers');
    expect(topicById('nope')).toBeUndefined();
  });
});

describe('the tagger', () => {
  it('tags planted principles in English, Spanish, French and German with their topic', () => {
    const misses = PLANTED.filter(([text, topic]) => !autoTopics(text).includes(topic)).map(([text, topic]) => `${topic}: ${text} → ${autoTopics(text).join(',')}`);
    expect(misses).toEqual([]);
  });

  it('leaves text about nothing of the taxonomy untagged, and keeps at most the strongest few tags', () => {
    for (const text of UNRELATED) expect(autoTopics(text), text).toEqual([]);
    const everything = PLANTED.map(([text]) => text).join(' ');
    expect(topicScores(everything).length).toBeGreaterThan(MAX_AUTO_TAGS);
    expect(autoTopics(everything)).toHaveLength(MAX_AUTO_TAGS);
  });

  it('is deterministic and counts a word once per topic however often it repeats', () => {
    const text = PLANTED[1]?.[0] ?? '';
    expect(topicScores(text)).toEqual(topicScores(text));
    expect(topicScores('wage')).toEqual(topicScores('wage wage wage'));
    // A weak cue alone ("members") does not make a tag; two weak ones do.
    expect(autoTopics('The members meet.')).not.toContain('membership');
    expect(autoTopics('A member and the members.')).toContain('membership');
  });
});

interface Workspace {
  doc: Y.Doc;
  ids: Map<string, string>;
}

/** A workspace with two organizations, each with a source of the given principles (ids are the keys). */
function workspace(principles: Record<string, Record<string, string>>): Workspace {
  const doc = newWorkspaceDoc();
  initWorkspace(doc, 'Test Coalition');
  const ids = new Map<string, string>();
  for (const [short, texts] of Object.entries(principles)) {
    const org = addOrganization(doc, { name: `The ${short}`, short });
    ids.set(short, org.id);
    addSource(doc, short, `${short} platform`, {
      fileName: `${short}.txt`,
      format: 'txt',
      digest: '0'.repeat(64),
      principles: Object.entries(texts).map(([id, text]) => ({ id, path: [], text })),
    });
  }
  return { doc, ids };
}

const ANA = { org: 'o_psl', delegate: 'Ana' };
const BEN = { org: 'o_deb', delegate: 'Ben' };

describe('corrections', () => {
  it('add and remove a topic, naming who set it, and can be taken back', () => {
    const { doc } = workspace({ PSL: { p1: 'Todo trabajador tiene derecho a un salario digno.' }, DEB: { p2: 'Beautiful is better than ugly.' } });
    setTopicTag(doc, 'p2', 'culture', true, BEN, new Date('2026-12-01T10:00:00Z'));
    setTopicTag(doc, 'p1', 'wages-labour', false, ANA);
    const { corrections, skipped } = readTopicCorrections(doc);
    expect(skipped).toEqual([]);
    expect(corrections).toEqual([
      { principle: 'p2', topic: 'culture', on: true, by: BEN, at: '2026-12-01T10:00:00.000Z' },
      expect.objectContaining({ principle: 'p1', topic: 'wages-labour', on: false, by: ANA }),
    ]);
    const topics = principleTopics(
      'Todo trabajador tiene derecho a un salario digno.',
      corrections.filter((c) => c.principle === 'p1'),
    );
    expect(topics.find((t) => t.topic === 'wages-labour')).toMatchObject({ auto: true, on: false, correction: { by: ANA } });
    setTopicTag(doc, 'p1', 'wages-labour', null, ANA);
    expect(readTopicCorrections(doc).corrections.map((c) => c.principle)).toEqual(['p2']);
  });

  it('refuse unknown topics and principles, leaving the workspace as it was', () => {
    const { doc } = workspace({ PSL: { p1: 'Wages.' }, DEB: {} });
    const before = Y.encodeStateAsUpdate(doc);
    expect(errorCode(() => setTopicTag(doc, 'p1', 'astrology', true, ANA))).toBe('topic.unknown');
    expect(errorCode(() => setTopicTag(doc, 'p9', 'wages-labour', true, ANA))).toBe('topic.unknown-principle');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('from two replicas merge: different tags both win, the same tag converges on one', () => {
    const { doc: a } = workspace({ PSL: { p1: 'Salarios dignos para todos.', p2: 'Vivienda para todos.' }, DEB: { p3: 'Free software.' } });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setTopicTag(a, 'p1', 'social-security', true, ANA);
    setTopicTag(b, 'p2', 'housing', false, BEN);
    setTopicTag(a, 'p3', 'culture', true, ANA);
    setTopicTag(b, 'p3', 'culture', false, BEN);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const onA = readTopicCorrections(a).corrections;
    expect(onA).toEqual(readTopicCorrections(b).corrections);
    expect(onA.map((c) => `${c.principle}:${c.topic}:${String(c.on)}:${c.by.delegate}`)).toEqual(expect.arrayContaining(['p1:social-security:true:Ana', 'p2:housing:false:Ben']));
    expect(onA.filter((c) => c.principle === 'p3')).toHaveLength(1);
  });

  it('skip and report hostile entries: wrong types, a lying key, unknown topics, a vote that is not a yes or no', () => {
    const { doc } = workspace({ PSL: { p1: 'Wages.' }, DEB: {} });
    setTopicTag(doc, 'p1', 'housing', true, ANA);
    const root = doc.getMap(TOPICS_ROOT);
    const entry = (fields: Record<string, unknown>): Y.Map<unknown> => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) map.set(k, v);
      return map;
    };
    doc.transact(() => {
      root.set('not-a-map', 'x');
      root.set('wages-labour:p1', entry({ principle: 'p1', topic: 'housing', on: false, org: 'o_x', delegate: 'Eve', at: '' }));
      root.set('astrology:p1', entry({ principle: 'p1', topic: 'astrology', on: true }));
      root.set('culture:p1', entry({ principle: 'p1', topic: 'culture', on: 'yes' }));
      root.set('health:p1', entry({ principle: 'p1', topic: 'health', on: true, org: new Y.Map() }));
      root.set(`health:${'p'.repeat(300)}`, entry({ principle: 'p'.repeat(300), topic: 'health', on: true }));
    });
    const { corrections, skipped } = readTopicCorrections(doc);
    expect(corrections.map((c) => `${c.topic}:${c.principle}:${String(c.on)}`)).toEqual(['health:p1:true', 'housing:p1:true']);
    expect(corrections.find((c) => c.topic === 'health')?.by).toEqual({ org: '', delegate: '' });
    expect(skipped.map((s) => `${s.key.slice(0, 20)} ${s.problem}`).sort()).toEqual([
      'astrology:p1 it names a topic Concord does not know',
      'culture:p1 it neither adds nor removes the topic',
      'health:ppppppppppppp it names no principle',
      'wages-labour:p1 its key does not match the principle and topic it names',
    ]);
    // The workspace's inspection sees the wrong types too, and the server refuses them from a peer.
    expect(
      inspectWorkspace(doc)
        .filter((s) => s.root === TOPICS_ROOT)
        .map((s) => s.key)
        .sort(),
    ).toEqual(['health:p1', 'not-a-map']);
    const hostile = new Y.Doc();
    hostile.getMap(TOPICS_ROOT).set('wages-labour:p1', 'x');
    expect(checkUpdate(workspace({ PSL: {}, DEB: {} }).doc, Y.encodeStateAsUpdate(hostile), true)).toMatchObject({ ok: false });
  });
});

describe('rows by topic', () => {
  const orgs: CompareOrganization[] = [
    {
      id: 'o1',
      short: 'PSL',
      name: 'Partido',
      principles: [
        { id: 'psl-1', text: 'Todo trabajador tiene derecho a un salario digno.' },
        { id: 'psl-2', text: 'Defendemos el medio ambiente.' },
        { id: 'psl-3', text: 'Hoy hace sol.' },
      ],
    },
    {
      id: 'o2',
      short: 'WL',
      name: 'Workers’ League',
      principles: [
        { id: 'wl-1', text: 'We will abolish the wage system.' },
        { id: 'wl-2', text: 'Members pay dues every quarter.' },
      ],
    },
    { id: 'o3', short: 'DEB', name: 'Debian', principles: [{ id: 'deb-1', text: 'Our software remains free.' }] },
  ];

  it('list what each organization says about each topic, most organizations first', () => {
    const result = compareByTopic(orgs, []);
    expect(result.orgs.map((o) => o.short)).toEqual(['PSL', 'WL', 'DEB']);
    const wages = result.rows[0];
    expect(wages?.topic).toBe('wages-labour');
    expect(wages?.orgCount).toBe(2);
    expect(wages?.cells.map((cell) => cell.map((p) => p.id))).toEqual([['psl-1'], ['wl-1'], []]);
    expect(result.rows.map((r) => r.topic)).toEqual(expect.arrayContaining(['environment', 'finances', 'software-knowledge']));
    expect(result.untagged).toEqual([[{ id: 'psl-3', text: 'Hoy hace sol.' }], [], []]);
  });

  it('follow corrections: a removed topic leaves its row, an added one names who added it', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const result = compareByTopic(orgs, [
      { principle: 'psl-1', topic: 'wages-labour', on: false, by: ANA, at },
      { principle: 'psl-3', topic: 'environment', on: true, by: BEN, at },
    ]);
    const row = (topic: string) => result.rows.find((r) => r.topic === topic);
    expect(row('wages-labour')?.cells.map((cell) => cell.map((p) => p.id))).toEqual([[], ['wl-1'], []]);
    expect(row('environment')?.cells[0]).toEqual([
      { id: 'psl-2', text: 'Defendemos el medio ambiente.', tag: { how: 'auto' } },
      { id: 'psl-3', text: 'Hoy hace sol.', tag: { how: 'added', by: BEN, at } },
    ]);
    expect(result.untagged[0]).toEqual([{ id: 'psl-1', text: 'Todo trabajador tiene derecho a un salario digno.' }]);
    // Tags kept from before the corrections (as the app keeps them) give the same rows.
    const corrections = [{ principle: 'psl-1', topic: 'wages-labour', on: false, by: ANA, at }];
    expect(compareByTopic(orgs, corrections, tagOrganizations(orgs))).toEqual(compareByTopic(orgs, corrections));
  });

  it('filter by the name of the topic or by what its principles say', () => {
    const { rows } = compareByTopic(orgs, []);
    expect(filterTopicRows(rows, '')).toEqual(rows);
    expect(filterTopicRows(rows, 'wages').map((r) => r.topic)).toEqual(['wages-labour']);
    expect(filterTopicRows(rows, 'quarter').map((r) => r.topic)).toEqual(autoTopics('Members pay dues every quarter.'));
  });
});
