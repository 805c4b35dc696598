/**
 * The page run.mjs measures for "saving an answer": a real participant on real IndexedDB, then
 * saveAnswer (src/core/answers.ts) called 200 times as a participant's autosave would, each
 * awaited: seal with AES-GCM-256 under the participant's key, then one Dexie put. The page sets
 * itself up, reports window.__saveReady, and runs when run.mjs calls window.__saveRun() (after
 * it has turned on CPU throttling). Not part of the app.
 */
import { saveAnswer, getAnswer } from '../../src/core/answers';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';

declare global {
  interface Window {
    __saveReady?: boolean;
    __saveRun?: (count: number) => Promise<SaveResult>;
  }
}

/** Milliseconds of each save, in order. */
export interface SaveResult {
  saveMs: number[];
  /** The text read back after the last save, to prove the saves landed. */
  lastText: string;
}

// A typed answer that grows the way a participant writes: a few words at a time.
const WORDS = 'ik wil minder blowen omdat ik dan beter slaap en meer geld over heb voor mijn dochter'.split(' ');
const textAt = (n: number) => Array.from({ length: 1 + (n % 40) }, (_, i) => WORDS[i % WORDS.length]).join(' ');

async function run(count: number): Promise<SaveResult> {
  const saveMs: number[] = [];
  for (let n = 0; n < count; n++) {
    // Ten screens of one session, in turn: each save replaces that screen's answer.
    const key = { program: 'middelengebruik', session: '1.3', screen: `s${n % 10}` };
    const start = performance.now();
    await saveAnswer(key, { text: textAt(n) });
    saveMs.push(performance.now() - start);
  }
  const last = await getAnswer<{ text: string }>({ program: 'middelengebruik', session: '1.3', screen: `s${(count - 1) % 10}` });
  return { saveMs, lastText: last?.text ?? '' };
}

async function setUp(): Promise<void> {
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  const id = await createProfile({ displayName: 'Bench', avatar: 'sun', pin: '2468' });
  await unlockWithPin(id, '2468');
  await run(10); // warm-up: code compiled, database open
  window.__saveRun = run;
  window.__saveReady = true;
  document.getElementById('status')!.textContent = 'Klaar';
}

void setUp();
