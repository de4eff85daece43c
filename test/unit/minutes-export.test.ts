/**
 * The minutes' Markdown as print HTML and Word, against what a hostile chair may sign as minutes: raw
 * HTML, script and data links, deceptive link words, markup in the coalition's name, and text built to keep
 * the Markdown parser busy for minutes (nesting, floods of marks, thousands of setext headings) — which
 * prints as plain text, every word kept. And the Markdown minutes use: headings, lists, bold,
 * strikethrough for an amendment's removed words, https links.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { MeetingMinutes } from '../../src/export/minutes-document.ts';
import { renderMinutesDocx } from '../../src/export/minutes-docx.ts';
import { renderMinutesHtml } from '../../src/export/minutes-html.ts';
import { readMinutesMarkdown } from '../../src/export/minutes-markdown.ts';
import { exported } from '../../src/i18n/catalogs/en/exported.ts';

function minutes(markdown: string, coalition = 'Coalition of the Left'): MeetingMinutes {
  return {
    coalition,
    language: 'en',
    date: '1 December 2026, 10:00',
    chair: 'Partido Socialismo y Liberación (PSL)',
    status: 'signed',
    statusLine: 'Signed by the chair.',
    markdown,
  };
}

/** The body of the print HTML: what the minutes put in it (the head holds only the CSP and the style sheet). */
function body(html: string): string {
  return html.slice(html.indexOf('<body>'));
}

const ORDINARY = [
  '# Minutes of the meeting',
  '',
  '## Motions',
  '',
  '3. First item',
  '4. Second item with **bold** and ~~struck~~ words',
  '   - nested point',
  '',
  '> A quoted remark',
  '',
  'Single ~tildes~ stay as written; see [the agenda](https://example.org/agenda?a=1&b=2).',
  '',
  '```',
  'code <kept>',
  '```',
].join('\n');

describe('the minutes as print HTML and Word', () => {
  it('lays out headings, numbered and nested lists, bold, strikethrough, quotes, code and https links', async () => {
    const html = body(renderMinutesHtml(minutes(ORDINARY)));
    expect(html).toContain('<h1>Minutes of the meeting</h1>');
    expect(html).toContain('<h2>Motions</h2>');
    expect(html).toMatch(/<span class="marker">3\.<\/span>First item/);
    expect(html).toMatch(/<span class="marker">4\.<\/span>Second item with <strong>bold<\/strong> and <del>struck<\/del> words/);
    expect(html).toMatch(/<span class="marker">◦<\/span>nested point/);
    expect(html).toMatch(/class="quote"[^>]*>A quoted remark/);
    expect(html).toContain('Single ~tildes~ stay as written');
    expect(html).toContain('<a href="https://example.org/agenda?a=1&amp;b=2">the agenda</a> (https://example.org/agenda?a=1&amp;b=2)');
    expect(html).toContain('code &lt;kept&gt;');
    const zip = await JSZip.loadAsync(await renderMinutesDocx(minutes(ORDINARY)));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:strike/>');
    expect(xml).toContain('Heading1');
    expect((await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '').toContain('Target="https://example.org/agenda?a=1&amp;b=2"');
  });

  it('prints raw HTML, script and data links and markup in names as text, never as markup', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '',
      'Hello <img src=x onerror=alert(1)> and <a href="javascript:alert(2)">click</a>.',
      '',
      '[run](javascript:alert(3)) [page](data:text/html,<b>x</b>) [plain](http://insecure.example) <http://auto.example>',
      '',
      '[https://good.example](https://evil.example)',
      '',
      '![photo](https://tracker.example/pixel.png)',
    ].join('\n');
    const html = body(renderMinutesHtml(minutes(hostile, '<b>Coalition</b> "quoted"')));
    expect(html).not.toMatch(/<(script|img|b)[\s>]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Hello &lt;img src=x onerror=alert(1)&gt; and &lt;a href=&quot;javascript:alert(2)&quot;&gt;click&lt;/a&gt;.');
    expect(html).toContain('&lt;b&gt;Coalition&lt;/b&gt; &quot;quoted&quot;');
    // Only https addresses become links, and a link's own address is printed after words that say another.
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://evil.example']);
    expect(html).toContain('run (javascript:alert(3))');
    expect(html).toContain('plain (http://insecure.example)');
    expect(html).toContain('>https://good.example</a> (https://evil.example)');
    expect(html).toContain('photo');
    expect(html).not.toContain('tracker.example');
    const zip = await JSZip.loadAsync(await renderMinutesDocx(minutes(hostile)));
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    expect([...rels.matchAll(/TargetMode="External"/g)]).toHaveLength(1);
    expect(rels).toContain('Target="https://evil.example"');
    expect((await zip.file('word/document.xml')?.async('string')) ?? '').toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('prints text built to exhaust the parser as plain text, every line kept', () => {
    const bombs: Record<string, string> = {
      quotes: `${'>'.repeat(150_000)} deep`,
      lists: Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n'),
      'list markers on one line': `${'- '.repeat(60_000)}deep`,
      emphasis: `${'*_'.repeat(40_000)}x${'_*'.repeat(40_000)}`,
      'setext headings': 'Heading\n===\n'.repeat(5_000),
      'too long': 'word '.repeat(30_000),
      'too many lines': 'a line\n'.repeat(20_000),
    };
    for (const [name, text] of Object.entries(bombs)) {
      const read = readMinutesMarkdown(text);
      expect(read.plain, name).toBe(true);
      expect(read.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n'), name).toBe(
        text
          .split('\n')
          .filter((l) => l.trim() !== '')
          .join('\n'),
      );
    }
    const html = renderMinutesHtml(minutes(bombs.emphasis ?? ''));
    expect(html).toContain(exported.minutes.plain);
    expect(body(html)).not.toContain('<em>');
  });

  it('parses what real minutes nest without recursing on it', () => {
    // Emphasis 200 deep ("*a _a *a … a* a_ a*") ten quotes down.
    const delimiters = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? '*' : '_'));
    const nested = `${delimiters.map((d) => `${d}a `).join('')}core${delimiters
      .reverse()
      .map((d) => ` a${d}`)
      .join('')}`;
    const read = readMinutesMarkdown(`${'> '.repeat(10)}quoted: ${nested}`);
    expect(read.plain).toBe(false);
    const [block] = read.blocks;
    expect(block).toMatchObject({ kind: 'paragraph', depth: 10, quote: true });
    const runs = block?.kind === 'paragraph' ? block.runs : [];
    expect(runs.map((r) => r.text).join('')).not.toMatch(/[*_]/);
    expect(runs.find((r) => r.text.includes('core'))?.italic).toBe(true);
  });
});
