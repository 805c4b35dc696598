/** The plain-language check itself: it must catch long sentences, jargon and new strings files. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findJargon, lintAll, stringLeaves, stringsFiles } from '../lint-content.mjs';

const JARGON = { zelfcontrolemaatregel: 'iets wat je zelf doet', trigger: 'iets wat zin geeft', 'dient te': 'moet' };

describe('findJargon', () => {
  it('finds a word, its plural and a compound, and says the plain word', () => {
    expect(findJargon('Schrijf je zelfcontrolemaatregelen op.', JARGON)).toEqual(['"zelfcontrolemaatregel" → iets wat je zelf doet']);
    expect(findJargon('Welke triggers ken je?', JARGON)).toHaveLength(1);
    expect(findJargon('Je dient te wachten.', JARGON)).toHaveLength(1);
  });
  it('lets a word pass where the text explains it', () => {
    expect(findJargon('Dit heet een trigger. Dat is iets wat je zin geeft.', JARGON)).toEqual([]);
    expect(findJargon('Vermijd de trigger.', JARGON)).toHaveLength(1);
  });
  it('does not flag words that only look alike', () => {
    expect(findJargon('Ik dien een verzoek in. Dat is een tijger.', JARGON)).toEqual([]);
  });
});

describe('stringLeaves', () => {
  it('reads nested strings and templates with a one-word stand-in per argument', () => {
    const leaves = stringLeaves({ a: 'Hallo', b: { c: (name: string, day: string) => `${name} kwam op ${day}.` } }, ['nl']);
    expect(leaves).toEqual([
      ['nl.a', 'Hallo'],
      ['nl.b.c', 'X kwam op X.'],
    ]);
  });
});

describe('lintAll on a project', () => {
  let root = '';
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function project(files: Record<string, string>): Promise<string> {
    root = await mkdtemp(join(tmpdir(), 'lint-content-'));
    const base = {
      'content/jargon.json': JSON.stringify({ words: JARGON }),
      'content/locales/nl.json': JSON.stringify({ home: { title: 'Hallo' } }),
      'content/programs/p/sessions/1.json': JSON.stringify({ screens: [{ id: 's', title: { nl: 'Kort.' }, text: [{ nl: 'Dit is kort.' }] }] }),
    };
    for (const [path, text] of Object.entries({ ...base, ...files })) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    return root;
  }

  it('passes plain text', async () => {
    const dir = await project({ 'src/ui/features/a/strings.ts': "export const STRINGS = { nl: { ok: 'Goed zo.' }, en: { ok: 'Well done.' } } as const;" });
    expect((await lintAll(dir)).failures).toBe(0);
  });

  it('finds a new feature strings file by itself and names file and key of a too long sentence', async () => {
    const long = 'Dit is een heel erg lange zin met veel te veel woorden voor iemand die niet zo goed kan lezen.';
    const dir = await project({
      'src/ui/features/nieuw/strings.ts': `export const STRINGS = { nl: { intro: (n: number) => \`${long} \${n}\` }, en: { intro: (n: number) => \`Long \${n}\` } } as const;`,
      'src/ui/exercises/strings.extra.ts': "export const STRINGS = { nl: { tip: 'Je dient te wachten.' }, en: { tip: 'Wait.' } } as const;",
    });
    expect(stringsFiles(join(dir, 'src')).map((file) => file.slice(dir.length + 1)).sort()).toEqual([
      'src/ui/exercises/strings.extra.ts',
      'src/ui/features/nieuw/strings.ts',
    ]);
    const { lines, failures } = await lintAll(dir);
    expect(failures).toBeGreaterThanOrEqual(3);
    const report = lines.join('\n');
    expect(report).toContain('src/ui/features/nieuw/strings.ts STRINGS.nl.intro: 20 words');
    expect(report).toContain('src/ui/features/nieuw/strings.ts: average 10.5 words');
    expect(report).toContain('src/ui/exercises/strings.extra.ts STRINGS.nl.tip: jargon "dient te"');
  });

  it('checks the locale file by its top-level key and the program content for jargon', async () => {
    const dir = await project({
      'content/locales/nl.json': JSON.stringify({ settings: { sync: { title: 'Noteer je triggers.' } } }),
      'content/programs/p/sessions/1.json': JSON.stringify({ screens: [{ id: 'hulp', title: { nl: 'Je zelfcontrolemaatregel.' } }] }),
      'src/main.ts': '',
    });
    const report = (await lintAll(dir)).lines.join('\n');
    expect(report).toContain('content/locales/nl.json settings settings.sync.title: jargon "trigger"');
    expect(report).toContain('p/sessions/1.json hulp: jargon "zelfcontrolemaatregel"');
  });

  it('passes on this project', async () => {
    const { lines, failures } = await lintAll();
    expect(lines.filter((line) => !line.startsWith('long words') && !line.startsWith('lint:content'))).toEqual([]);
    expect(failures).toBe(0);
  });
});
