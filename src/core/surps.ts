/**
 * The SURPS profile of a participant (Substance Use Risk Profile Scale): which of the four traits
 * the trainer found after the questionnaire, and whether the participant recognises each one.
 *
 * Stored as encrypted records of the participant (records.ts, AES-GCM under their data key):
 * - kind 'surps',        id 'surps:profile':     a SurpsProfile, written by staff through the staff
 *   key (participantAccess), so the trainer can enter it while the participant is not there.
 * - kind 'surps-answer', id 'surps:recognition': the participant's "Ja, dat ben ik" / "Een beetje"
 *   / "Nee" per trait. Kept apart so a trainer who corrects the profile never wipes the answers.
 */
import { deleteRecordFor, getRecordFor, putRecordFor, type ProfileAccess } from './records';

/** The four SURPS traits, in the handbook's order. */
export const SURPS_TRAITS = ['hopelessness', 'anxietySensitivity', 'impulsivity', 'sensationSeeking'] as const;
/** Hopeloosheid (H), Angstgevoeligheid (AS), Impulsiviteit (IMP), Sensation Seeking (SS). */
export type SurpsTrait = (typeof SURPS_TRAITS)[number];

/** Whether the participant recognises a trait in themselves. */
export const RECOGNITIONS = ['yes', 'bit', 'no'] as const;
export type Recognition = (typeof RECOGNITIONS)[number];

/** The profile as the trainer entered it. */
export interface SurpsProfile {
  /** One or more traits, in SURPS_TRAITS order. */
  traits: SurpsTrait[];
  /** Epoch milliseconds of the last change. */
  at: number;
}

/** The participant's answer per trait. */
export type SurpsRecognition = Partial<Record<SurpsTrait, Recognition>>;

const PROFILE_KIND = 'surps';
const PROFILE_ID = 'surps:profile';
const ANSWER_KIND = 'surps-answer';
const ANSWER_ID = 'surps:recognition';

/** Whether `value` is one of the four traits. */
export function isSurpsTrait(value: unknown): value is SurpsTrait {
  return SURPS_TRAITS.includes(value as SurpsTrait);
}

/** Stores the profile (one or more traits); no traits at all removes it. */
export async function saveSurpsProfile(access: ProfileAccess, traits: readonly SurpsTrait[], now = Date.now()): Promise<SurpsProfile | undefined> {
  const clean = SURPS_TRAITS.filter((trait) => traits.includes(trait));
  if (clean.length === 0) {
    await deleteRecordFor(access, PROFILE_ID);
    return undefined;
  }
  const profile: SurpsProfile = { traits: clean, at: now };
  await putRecordFor(access, PROFILE_KIND, PROFILE_ID, profile);
  return profile;
}

/** The profile, or undefined when the trainer has not entered one (or it holds no known trait). */
export async function getSurpsProfile(access: ProfileAccess): Promise<SurpsProfile | undefined> {
  const stored = await getRecordFor<Partial<SurpsProfile>>(access, PROFILE_ID);
  const traits = SURPS_TRAITS.filter((trait) => Array.isArray(stored?.traits) && stored.traits.includes(trait));
  return stored && traits.length > 0 ? { traits, at: typeof stored.at === 'number' ? stored.at : 0 } : undefined;
}

/** The participant's answers so far (only known traits and answers). */
export async function getSurpsRecognition(access: ProfileAccess): Promise<SurpsRecognition> {
  const stored = (await getRecordFor<Record<string, unknown>>(access, ANSWER_ID)) ?? {};
  const clean: SurpsRecognition = {};
  for (const trait of SURPS_TRAITS) {
    const answer = stored[trait];
    if (RECOGNITIONS.includes(answer as Recognition)) clean[trait] = answer as Recognition;
  }
  return clean;
}

// Answers are read, changed and written back: two quick taps wait in one line so neither is lost.
let answerWrites: Promise<unknown> = Promise.resolve();

/** Stores whether the participant recognises `trait`, keeping the other answers. */
export function saveSurpsRecognition(access: ProfileAccess, trait: SurpsTrait, answer: Recognition): Promise<SurpsRecognition> {
  const write = async () => {
    const next = { ...(await getSurpsRecognition(access)), [trait]: answer };
    await putRecordFor(access, ANSWER_KIND, ANSWER_ID, next);
    return next;
  };
  const done = answerWrites.then(write, write);
  answerWrites = done.catch(() => undefined);
  return done;
}
