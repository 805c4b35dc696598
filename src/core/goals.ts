/**
 * Doelen en beloningen: the begeleider's reward confirmations and the optional day counter.
 *
 * Stored, like all participant data, as encrypted records (records.ts, AES-GCM under the
 * participant's data key):
 * - kind 'reward',  id `reward:<stepId>`: a RewardConfirmation — a begeleider or trainer proved
 *   the staff code and confirmed the reward of that step of 2.5 "stappen" was given (who, when).
 *   The steps themselves stay in the 2.5 answer (answers.ts): one source of truth.
 * - kind 'counter', id `counter:days`: a DayCounter — start day, amount per day, slip days.
 * The goal and its steps are read from and ticked in the answer of 2.5 "stappen" (`StepsAnswer`).
 *
 * The counting is pure (today is passed in as a local YYYY-MM-DD day), so it is tested apart.
 * A slip ("uitglijder") starts a new current streak but never wipes the total of good days:
 * good days = days since the start minus the slip days.
 */
import { stepsModel, type StepsAnswer } from '../exercises/steps';
import { getAnswer, saveAnswer, type AnswerKey } from './answers';
import { answerId, type StoredAnswer } from './answers';
import { deleteRecord, getRecord, getRecordFor, listRecords, listRecordsFor, putRecord, putRecordFor, type ProfileAccess } from './records';

/** Where the goal and its steps live: the answer of session 2.5, screen "stappen". */
export function goalStepsKey(program: string): AnswerKey {
  return { program, session: '2.5', screen: 'stappen' };
}

/** The participant's goal and steps from 2.5, or undefined when not (validly) answered yet. */
export async function getGoalSteps(program: string): Promise<StepsAnswer | undefined> {
  const stored = await getAnswer<unknown>(goalStepsKey(program));
  return stepsModel.isValid(stored) ? stored : undefined;
}

/** Ticks a step done (or not) in the 2.5 answer itself, so the session shows it too. */
export async function setStepDone(program: string, stepId: string, done: boolean): Promise<void> {
  // Read fresh, not from the screen's copy: the session may have changed the steps meanwhile.
  const current = await getGoalSteps(program);
  if (!current?.steps.some((step) => step.id === stepId)) throw new Error(`No step ${stepId}`);
  await saveAnswer(goalStepsKey(program), { ...current, steps: current.steps.map((step) => (step.id === stepId ? { ...step, done } : step)) });
}

/** A begeleider's confirmation that the reward of a step was given. */
export interface RewardConfirmation {
  stepId: string;
  /** The step and reward as they read when confirmed (the step may change later). */
  stepText: string;
  reward: string;
  /** The name the begeleider typed. */
  by: string;
  /** Epoch milliseconds. */
  at: number;
}

/** The optional counter of days without use, set by the participant. */
export interface DayCounter {
  /** Local day YYYY-MM-DD the participant started. */
  startDay: string;
  /** Money no longer spent per day, in euro cents; null when not counted. */
  centsPerDay: number | null;
  /** Local days YYYY-MM-DD with a slip, each at most once, sorted. */
  slipDays: string[];
}

/** What the counter shows on a day. */
export interface DayCount {
  /** Whole days from the start up to (not including) today. */
  daysSinceStart: number;
  /** Days since the start that were not a slip day: slips never reset this. */
  goodDays: number;
  /** Good days in a row since the last slip (or the start). */
  currentStreak: number;
  /** Slip days since the start. */
  slips: number;
  /** goodDays × centsPerDay, or null when money is not counted. */
  savedCents: number | null;
}

const REWARD_KIND = 'reward';
const COUNTER_KIND = 'counter';
const COUNTER_ID = 'counter:days';
const DAY_MS = 86_400_000;

/** The record id of a step's reward confirmation. */
export function rewardId(stepId: string): string {
  return `${REWARD_KIND}:${stepId}`;
}

/**
 * Stores that a reward was given. Call it only after `openWithStaffCode` said the code was right:
 * the confirmation is the begeleider's word, not the participant's.
 */
export async function confirmReward(step: { id: string; text: string; reward: string }, by: string, now = Date.now()): Promise<RewardConfirmation> {
  const name = by.trim();
  if (!name) throw new Error('A confirmation needs the name of who confirms');
  const confirmation: RewardConfirmation = { stepId: step.id, stepText: step.text.trim(), reward: step.reward.trim(), by: name, at: now };
  await putRecord(REWARD_KIND, rewardId(step.id), confirmation);
  return confirmation;
}

/** Every reward confirmation of the unlocked participant, by step id. */
export async function listRewardConfirmations(): Promise<Map<string, RewardConfirmation>> {
  const all = await listRecords<RewardConfirmation>(REWARD_KIND);
  return new Map(all.map((confirmation) => [confirmation.stepId, confirmation]));
}

/** The goal and steps of 2.5 read by staff through `access` (the staff area's rewards page). */
export async function getGoalStepsFor(access: ProfileAccess, program: string): Promise<StepsAnswer | undefined> {
  const stored = (await getRecordFor<StoredAnswer>(access, answerId(goalStepsKey(program))))?.value;
  return stepsModel.isValid(stored) ? stored : undefined;
}

/** Every reward confirmation of the participant `access` opens, by step id. */
export async function listRewardConfirmationsFor(access: ProfileAccess): Promise<Map<string, RewardConfirmation>> {
  const all = await listRecordsFor<RewardConfirmation>(access, REWARD_KIND);
  return new Map(all.map((confirmation) => [confirmation.stepId, confirmation]));
}

/**
 * Stores a reward confirmation from the staff area: the open staff session (which proved the
 * code) stands in for the code that RewardConfirmForm asks for.
 */
export async function confirmRewardFor(access: ProfileAccess, step: { id: string; text: string; reward: string }, by: string, now = Date.now()): Promise<RewardConfirmation> {
  const name = by.trim();
  if (!name) throw new Error('A confirmation needs the name of who confirms');
  const confirmation: RewardConfirmation = { stepId: step.id, stepText: step.text.trim(), reward: step.reward.trim(), by: name, at: now };
  await putRecordFor(access, REWARD_KIND, rewardId(step.id), confirmation);
  return confirmation;
}

/** The day counter, if the participant started one. */
export async function getDayCounter(): Promise<DayCounter | undefined> {
  const stored = await getRecord<Partial<DayCounter>>(COUNTER_ID);
  if (!stored || !isDay(stored.startDay)) return undefined;
  return { startDay: stored.startDay, centsPerDay: stored.centsPerDay ?? null, slipDays: cleanDays(stored.slipDays ?? []) };
}

/** Starts (or restarts) counting from `startDay`, keeping the slips and the amount already set. */
export async function setDayCounter(counter: DayCounter): Promise<void> {
  if (!isDay(counter.startDay)) throw new Error('startDay must be YYYY-MM-DD');
  const cents = counter.centsPerDay;
  const centsPerDay = cents !== null && Number.isInteger(cents) && cents > 0 ? cents : null;
  await putRecord(COUNTER_KIND, COUNTER_ID, { startDay: counter.startDay, centsPerDay, slipDays: cleanDays(counter.slipDays) } satisfies DayCounter);
}

/** Records a slip on `day` (once per day); the total of good days only loses that one day. */
export async function recordSlip(day: string): Promise<DayCounter> {
  const counter = await getDayCounter();
  if (!counter) throw new Error('No day counter to record a slip in');
  const next = { ...counter, slipDays: cleanDays([...counter.slipDays, day]) };
  await setDayCounter(next);
  return next;
}

/** Removes a slip recorded by mistake. */
export async function removeSlip(day: string): Promise<void> {
  const counter = await getDayCounter();
  if (counter) await setDayCounter({ ...counter, slipDays: counter.slipDays.filter((d) => d !== day) });
}

/** Stops counting: the counter is optional, so it can be switched off again. */
export function stopDayCounter(): Promise<void> {
  return deleteRecord(COUNTER_ID);
}

/** Counts good days, the current streak and money saved on `today` (local YYYY-MM-DD). */
export function countDays(counter: DayCounter, today: string): DayCount {
  const daysSinceStart = Math.max(0, daysBetween(counter.startDay, today));
  // Only slips on a counted day matter: after the start, before today.
  const slipDays = cleanDays(counter.slipDays).filter((day) => day >= counter.startDay && day < today);
  const goodDays = daysSinceStart - slipDays.length;
  const lastSlip = cleanDays(counter.slipDays).reverse().find((day) => day >= counter.startDay && day <= today);
  const currentStreak = lastSlip ? Math.max(0, daysBetween(lastSlip, today) - 1) : daysSinceStart;
  return {
    daysSinceStart,
    goodDays,
    currentStreak,
    slips: slipDays.length,
    savedCents: counter.centsPerDay === null ? null : goodDays * counter.centsPerDay,
  };
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  // Counted in UTC on the calendar date itself, so summer time never makes a day 23 hours.
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The local day `days` before `day` (YYYY-MM-DD). */
export function dayBefore(day: string, days = 1): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Reads an amount of euros as typed ("12", "12,50", "€ 3.5") into cents; null when it is no amount. */
export function parseEuros(text: string): number | null {
  const clean = text.replace(/€/g, '').replace(/\s/g, '').replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(clean)) return null;
  const cents = Math.round(Number(clean) * 100);
  return cents > 0 ? cents : null;
}

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

function cleanDays(days: readonly unknown[]): string[] {
  return [...new Set(days.filter(isDay))].sort();
}
