import type { Language } from '../i18n';
import { isRecord, isString, type ExerciseModel, type ExerciseOf, type SummaryPart } from './model';

/** A number on the scale (faces: 1 = heel slecht … 5 = heel goed), "weet ik niet", or nothing yet. */
export type ScaleValue = number | 'unknown' | null;

/** A point on a scale with an optional "waarom?", typed or spoken. */
export interface ScaleAnswer {
  value: ScaleValue;
  why?: string;
  /** Media id of a spoken answer to the why question. */
  whyRecording?: string;
}

/** The highest number of each scale; faces run from 1 to 5, the others from 0. */
export const SCALE_MAX: Record<ExerciseOf<'scale'>['scale'], number> = { zeroToFive: 5, zeroToTen: 10, faces: 5 };

/** Words a scale answer is read with; the face words match the check-in's. */
export const SCALE_WORDS = {
  nl: { of: 'van', unknown: 'Weet ik niet', faces: ['Heel slecht', 'Slecht', 'Gaat wel', 'Goed', 'Heel goed'] },
  en: { of: 'of', unknown: "I don't know", faces: ['Very bad', 'Bad', 'Okay', 'Good', 'Very good'] },
} as const satisfies Record<Language, { of: string; unknown: string; faces: readonly string[] }>;

/** The chosen point in words: "4 van 5", "Goed", "Weet ik niet"; undefined when nothing is chosen. */
export function scaleWords(value: ScaleValue, scale: ExerciseOf<'scale'>['scale'], language: Language): string | undefined {
  const words = SCALE_WORDS[language];
  if (value === null) return undefined;
  if (value === 'unknown') return words.unknown;
  if (scale === 'faces') return words.faces[value - 1];
  return `${value} ${words.of} ${SCALE_MAX[scale]}`;
}

// Faces start at 1 and every scale tops out at 10 at most; the exercise is not known here.
function isScaleValue(value: unknown): value is ScaleValue {
  return value === null || value === 'unknown' || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10);
}

const isOptionalString = (value: unknown) => value === undefined || isString(value);

/** belang 0-5, emotie-thermometer 0-10, or five faces, with an optional "waarom?". */
export const scaleModel: ExerciseModel<ExerciseOf<'scale'>, ScaleAnswer> = {
  empty: () => ({ value: null }),
  isAnswered: (answer) => answer.value !== null || Boolean(answer.why?.trim()) || Boolean(answer.whyRecording),
  isValid: (value): value is ScaleAnswer =>
    isRecord(value) && isScaleValue(value.value) && isOptionalString(value.why) && isOptionalString(value.whyRecording),
  describe: (answer, exercise, language) => {
    const parts: SummaryPart[] = [];
    const chosen = scaleWords(answer.value, exercise.scale, language);
    if (chosen) parts.push({ text: chosen });
    if (answer.why?.trim()) parts.push({ text: answer.why.trim() });
    if (answer.whyRecording) parts.push({ media: answer.whyRecording });
    return parts;
  },
};
