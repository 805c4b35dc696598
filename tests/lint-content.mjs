// `npm run lint:content`: plain-language check of every Dutch screen of every program.
// Per screen: average words per sentence at most AVG_WORDS_MAX, no sentence over
// SENTENCE_WORDS_MAX words. Long words are listed as a hint. Exit 1 on any failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const AVG_WORDS_MAX = 10;
export const SENTENCE_WORDS_MAX = 15;
const LONG_WORD_LETTERS = 16;

const ROOT = fileURLToPath(new URL('../content/programs/', import.meta.url));

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

/** Measures one screen; returns problems and long words. */
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

function main() {
  let failures = 0;
  let screens = 0;
  let sumAverage = 0;
  const longWords = new Map();
  for (const program of readdirSync(ROOT)) {
    const folder = join(ROOT, program, 'sessions');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      const session = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      for (const screen of session.screens ?? []) {
        const result = measureScreen(screenTexts(screen));
        screens += 1;
        sumAverage += result.average;
        for (const word of result.longWords) longWords.set(word, (longWords.get(word) ?? 0) + 1);
        for (const problem of result.problems) {
          failures += 1;
          console.log(`${program}/sessions/${file} ${screen.id}: ${problem}`);
        }
      }
    }
  }
  if (longWords.size) console.log(`long words (explain or replace): ${[...longWords.keys()].sort().join(', ')}`);
  console.log(`lint:content: ${screens} screens, mean of screen averages ${(sumAverage / Math.max(screens, 1)).toFixed(1)} words a sentence, ${failures} problem(s)`);
  process.exitCode = failures ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
