// `npm run lint:content`: plain-language check of every Dutch text a participant reads.
// - Program content: per screen, average words per sentence at most AVG_WORDS_MAX, no sentence
//   over SENTENCE_WORDS_MAX words.
// - UI strings: content/locales/nl.json (grouped by its top-level key) and the Dutch half of
//   every `strings.ts` / `strings.*.ts` under src/ (grouped by file; found by a glob, so a new
//   feature's strings are checked without touching this file): the same two limits per group.
// - Jargon: no word of content/jargon.json anywhere; each entry says the plain word to use.
// Long words are listed as a hint. Exit 1 on any failure; each failure names file and key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const AVG_WORDS_MAX = 10;
export const SENTENCE_WORDS_MAX = 15;
const LONG_WORD_LETTERS = 16;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STRINGS_FILE = /^strings(\.[\w-]+)?\.ts$/;

/** Splits Dutch text into sentences and each sentence into words. */
export function sentences(text) {
  return text
    .split(/(?<=[.!?…:])\s+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)));
}

/** The Dutch texts a participant reads on one screen. */
function screenTexts(screen) {
  const e = screen.exercise ?? {};
  const texts = [screen.title, ...(screen.text ?? []), e.label, e.hint, e.why, ...(e.cards ?? []).flatMap((c) => [c.title, c.text])];
  return texts.filter(Boolean).map((t) => t.nl);
}

/** Measures one screen (or one group of UI strings); returns problems and long words. */
export function measureScreen(texts) {
  const all = texts.flatMap(sentences).filter((words) => words.length > 0);
  const total = all.reduce((sum, words) => sum + words.length, 0);
  const average = all.length ? total / all.length : 0;
  const problems = [];
  if (average > AVG_WORDS_MAX) problems.push(`average ${average.toFixed(1)} words a sentence (max ${AVG_WORDS_MAX})`);
  for (const words of all) if (words.length > SENTENCE_WORDS_MAX) problems.push(`${words.length} words: "${words.join(' ')}" (max ${SENTENCE_WORDS_MAX})`);
  const longWords = all.flat().map((w) => w.replace(/[^\p{L}-]/gu, '')).filter((w) => w.length >= LONG_WORD_LETTERS);
  return { average, longest: Math.max(0, ...all.map((w) => w.length)), problems, longWords };
}

// A sentence like "Zo'n gedachte heet een toestemmingsgedachte." explains the word it names.
const EXPLAINS = /\b(heet|heten|betekent|noem je|noemen we|wil zeggen)\b/i;

/**
 * The jargon words found in `text`, each with its plain alternative. A short entry matches the
 * start of a word ("trigger" finds "triggers"); an entry of 9 letters or more also matches
 * inside a compound ("zelfcontrolemaatregel" in "zelfcontrolemaatregelen"). A word is allowed
 * where the same text explains it ("… heet een toestemmingsgedachte. Dat is …").
 */
export function findJargon(text, jargon) {
  const wordsOf = (part) => part.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const contains = (part, needle) => {
    const words = wordsOf(part);
    if (needle.includes(' ')) return ` ${words.join(' ')} `.includes(` ${needle} `);
    return words.some((word) => (needle.length >= 9 ? word.includes(needle) : word.startsWith(needle)));
  };
  const parts = text.split(/(?<=[.!?…])\s+/);
  const found = [];
  for (const [term, plain] of Object.entries(jargon)) {
    const needle = term.toLowerCase();
    if (!contains(text, needle)) continue;
    const explained = parts.some((part) => EXPLAINS.test(part) && contains(part, needle));
    if (!explained) found.push(`"${term}" → ${plain}`);
  }
  return found;
}

/** Every string leaf of a nested object as [key path, text]; functions are called with stand-ins. */
export function stringLeaves(node, path = []) {
  if (typeof node === 'string') return [[path.join('.'), node]];
  if (typeof node === 'function') {
    // A template like (name, date) => `… ${name} …`: a one-word stand-in per argument keeps the word count honest.
    const args = Array.from({ length: node.length }, () => 'X');
    for (const attempt of [args, args.map(() => 1)]) {
      try {
        const value = node(...attempt);
        if (typeof value === 'string') return [[path.join('.'), value]];
      } catch {
        // try the next kind of stand-in
      }
    }
    return [];
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => stringLeaves(value, [...path, key]));
  return [];
}

/** Every strings.ts / strings.*.ts file under `folder`. */
export function stringsFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && STRINGS_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Loads the exported objects of a TypeScript strings file (transpiled in memory, imports bundled). */
async function loadStringsModule(file) {
  const source = readFileSync(file, 'utf8');
  const { transformSync } = await import('rolldown/utils');
  let { code } = transformSync(file, source, { lang: 'ts' });
  if (/^\s*import\s/m.test(code)) {
    const { build } = await import('rolldown');
    const result = await build({ input: file, write: false, logLevel: 'silent', output: { format: 'esm' } });
    code = result.output[0].code;
  }
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** The Dutch UI strings, as groups of [key, text] with a name for the report. */
async function uiGroups(root) {
  const groups = [];
  const nl = JSON.parse(readFileSync(join(root, 'content/locales/nl.json'), 'utf8'));
  for (const [key, value] of Object.entries(nl)) groups.push({ name: `content/locales/nl.json ${key}`, leaves: stringLeaves(value, [key]) });
  for (const file of stringsFiles(join(root, 'src'))) {
    const name = relative(root, file);
    const exported = await loadStringsModule(file);
    const leaves = Object.entries(exported).flatMap(([exportName, value]) =>
      value && typeof value === 'object' && 'nl' in value ? stringLeaves(value.nl, [exportName, 'nl']) : [],
    );
    groups.push({ name, leaves });
  }
  return groups;
}

/** Runs every check on the project at `root`; returns the report lines and the number of failures. */
export async function lintAll(root = ROOT) {
  const PROGRAMS = join(root, 'content/programs');
  const jargonFile = join(root, 'content/jargon.json');
  const jargon = existsSync(jargonFile) ? JSON.parse(readFileSync(jargonFile, 'utf8')).words : {};
  const lines = [];
  let failures = 0;
  let screens = 0;
  let sumAverage = 0;
  const longWords = new Map();
  const fail = (line) => {
    failures += 1;
    lines.push(line);
  };
  for (const program of readdirSync(PROGRAMS)) {
    const folder = join(PROGRAMS, program, 'sessions');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      const session = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      for (const screen of session.screens ?? []) {
        const texts = screenTexts(screen);
        const result = measureScreen(texts);
        screens += 1;
        sumAverage += result.average;
        for (const word of result.longWords) longWords.set(word, (longWords.get(word) ?? 0) + 1);
        for (const problem of result.problems) fail(`${program}/sessions/${file} ${screen.id}: ${problem}`);
        for (const hit of findJargon(texts.join(' '), jargon)) fail(`${program}/sessions/${file} ${screen.id}: jargon ${hit}`);
      }
    }
  }
  const groups = await uiGroups(root);
  let uiStrings = 0;
  for (const group of groups) {
    uiStrings += group.leaves.length;
    const result = measureScreen(group.leaves.map(([, text]) => text));
    if (result.average > AVG_WORDS_MAX) fail(`${group.name}: average ${result.average.toFixed(1)} words a sentence (max ${AVG_WORDS_MAX})`);
    for (const [key, text] of group.leaves) {
      for (const words of sentences(text)) {
        if (words.length > SENTENCE_WORDS_MAX) fail(`${group.name} ${key}: ${words.length} words: "${words.join(' ')}" (max ${SENTENCE_WORDS_MAX})`);
      }
      for (const hit of findJargon(text, jargon)) fail(`${group.name} ${key}: jargon ${hit}`);
    }
  }
  if (longWords.size) lines.push(`long words (explain or replace): ${[...longWords.keys()].sort().join(', ')}`);
  lines.push(
    `lint:content: ${screens} screens, mean of screen averages ${(sumAverage / Math.max(screens, 1)).toFixed(1)} words a sentence; ` +
      `${uiStrings} UI strings in ${groups.length} groups; ${Object.keys(jargon).length} jargon words; ${failures} problem(s)`,
  );
  return { lines, failures };
}

async function main() {
  const { lines, failures } = await lintAll();
  for (const line of lines) console.log(line);
  process.exitCode = failures ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
