/**
 * Read-aloud in the built app in Chromium, with speechSynthesis stubbed (Chromium here has no
 * voice): every text block of a session page is spoken in order, one sentence at a time, the
 * sentence being spoken is highlighted (background and underline), typed answers are read
 * back, the slow speed is used when chosen, and navigating stops reading at once.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext } from './browser';
import { goInApp, setUpPhone, tr } from './app';
import { screenPath, session } from './content';
import { STRINGS as SETTINGS } from '../../src/ui/features/settings/strings';

interface Spoken {
  text: string;
  rate: number;
  lang: string;
  voice: string;
  /** The text in .reading-sentence while this utterance was spoken. */
  highlighted: string;
  /** Whether that highlight shows: a background colour and an underline. */
  visible: boolean;
}

/** Replaces speechSynthesis with a Dutch voice that records each utterance and ends it soon after. */
function stubSpeech(): void {
  const w = window as unknown as { __spoken: unknown[]; __hold: boolean; __cancels: number; __pending: (() => void)[] };
  w.__spoken = [];
  w.__hold = false;
  w.__cancels = 0;
  w.__pending = [];
  const voice = { lang: 'nl-NL', name: 'Stub Nederlands', localService: true, default: true, voiceURI: 'stub-nl' };
  class Utterance {
    text: string;
    lang = '';
    rate = 1;
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    getVoices: () => [voice],
    speak(utterance: Utterance) {
      const spans = Array.from(document.querySelectorAll('.reading-sentence'));
      const style = spans[0] ? getComputedStyle(spans[0]) : null;
      w.__spoken.push({
        text: utterance.text,
        rate: utterance.rate,
        lang: utterance.lang,
        voice: (utterance.voice as { name?: string } | null)?.name ?? '',
        highlighted: spans.map((span) => span.textContent).join(''),
        visible: style !== null && style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.textDecorationLine.includes('underline'),
      });
      const end = () => utterance.onend?.();
      // Like a real voice, an utterance ends a little later, never within speak().
      if (w.__hold) w.__pending.push(end);
      else setTimeout(end, 5);
    },
    cancel() {
      w.__cancels += 1;
      const pending = w.__pending.splice(0);
      pending.forEach((end) => setTimeout(end, 0));
    },
    pause() {},
    resume() {},
    speaking: false,
    pending: false,
    paused: false,
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newPhoneContext(browser);
  await context.addInitScript(stubSpeech);
  page = await context.newPage();
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });
});
afterAll(async () => {
  await browser?.close();
});

const spoken = () => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
const clearSpoken = () => page.evaluate(() => ((window as unknown as { __spoken: Spoken[] }).__spoken = []));
const readAloud = () => page.locator('header.topbar').getByRole('button', { name: tr('nl', 'nav.readAloud'), exact: true });

/** Splits like a reader would: at . ! ? followed by a space. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);

/** Presses Voorlezen and waits until reading has finished. */
async function readWholeScreen(): Promise<Spoken[]> {
  await clearSpoken();
  await readAloud().click();
  await page.waitForFunction(() => (window as unknown as { __spoken: unknown[] }).__spoken.length > 0);
  // Voorlezen turns into Stoppen while reading and back when done.
  await readAloud().waitFor();
  return spoken();
}

it('reads every text block of a session page in order, sentence by sentence, each highlighted while spoken', async () => {
  const path = screenPath('1.1', 'leren');
  await goInApp(page, path);
  await page.locator('article.session-screen').waitFor();
  const screen = session('middelengebruik', '1.1').screens.find((s) => s.id === 'leren')!;
  // Every block on the page, as the page shows it, in document order.
  const blocks = await page.$$eval('main h1, main h2, main p', (elements) =>
    elements.filter((e) => e.getBoundingClientRect().height > 0).map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
  );
  expect(blocks).toEqual(expect.arrayContaining([screen.title.nl, ...screen.text!.map((t) => t.nl)]));

  const said = await readWholeScreen();
  expect(said.map((s) => s.text)).toEqual(blocks.flatMap(sentencesOf));
  // The content's own sentences are among them, in the workbook's order.
  const contentSentences = [screen.title.nl, ...screen.text!.map((t) => t.nl)].flatMap(sentencesOf);
  const texts = said.map((s) => s.text);
  let from = 0;
  for (const sentence of contentSentences) {
    const at = texts.indexOf(sentence, from);
    expect(at, `"${sentence}" spoken after the sentence before it`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
  for (const s of said) {
    expect(s.highlighted).toBe(s.text);
    expect(s.visible).toBe(true);
    expect(s.lang).toBe('nl-NL');
    expect(s.voice).toBe('Stub Nederlands');
    expect(s.rate).toBe(1);
  }
  // Afterwards the page is as it was: no highlight left, the same text.
  expect(await page.locator('.reading, .reading-sentence').count()).toBe(0);
  expect(await page.$$eval('main h1, main h2, main p', (els) => els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()))).toEqual(blocks);
});

it('reads back what the participant typed, after the question, at the slow speed when chosen', async () => {
  await goInApp(page, '/instellingen');
  await page.locator('label.choice').filter({ hasText: SETTINGS.nl.speedSlow }).click();
  await page.locator('label.choice.is-chosen').filter({ hasText: SETTINGS.nl.speedSlow }).waitFor();
  await goInApp(page, screenPath('1.1', 'mijn-doel'));
  const screen = session('middelengebruik', '1.1').screens.find((s) => s.id === 'mijn-doel')!;
  await page.getByLabel(screen.exercise!.label!.nl).fill('Ik wil stoppen. Dat is mijn doel.');
  const texts = (await readWholeScreen()).map((s) => s.text);
  const question = texts.indexOf(screen.exercise!.label!.nl);
  expect(question).toBeGreaterThan(0);
  expect(texts.slice(question + 1, question + 3)).toEqual(['Ik wil stoppen.', 'Dat is mijn doel.']);
  expect((await spoken()).every((s) => s.rate === 0.8)).toBe(true);
});

it('stops at once when the participant goes to another screen', async () => {
  await goInApp(page, screenPath('1.1', 'leren'));
  await page.locator('article.session-screen').waitFor();
  await page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true));
  await clearSpoken();
  await readAloud().click();
  await page.locator('.reading-sentence').waitFor();
  const cancelsBefore = await page.evaluate(() => (window as unknown as { __cancels: number }).__cancels);
  await goInApp(page, '/werkboek');
  await readAloud().waitFor();
  expect(await page.locator('.reading, .reading-sentence').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __cancels: number }).__cancels)).toBeGreaterThan(cancelsBefore);
  // Nothing more is spoken after the move.
  const count = (await spoken()).length;
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect((await spoken()).length).toBe(count);
  await page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = false));
});
