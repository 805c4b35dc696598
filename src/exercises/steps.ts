import { isArrayOf, isOptionalString, isRecord, isString, newItemId, type ExerciseModel, type ExerciseOf, type SummaryPart } from './model';

/** One small step towards the goal, with its reward. */
export interface Step {
  id: string;
  text: string;
  reward: string;
  done: boolean;
  /** Media id of the step told in the participant's own voice, instead of or besides typing. */
  recording?: string;
}

/** A goal in small steps, each with a reward. */
export interface StepsAnswer {
  goal: string;
  /** Media id of the goal told in the participant's own voice. */
  goalRecording?: string;
  steps: Step[];
}

/** A new, empty step. */
export function newStep(): Step {
  return { id: newItemId(), text: '', reward: '', done: false };
}

/** A step as one line: "stap — beloning ✓". */
export function stepLine(step: Step): string {
  const reward = step.reward.trim();
  return `${step.text.trim()}${reward ? ` — ${reward}` : ''}${step.done ? ' ✓' : ''}`.trim();
}

/** Whether a step is written or spoken. */
function isStepGiven(step: Step): boolean {
  return step.text.trim() !== '' || Boolean(step.recording);
}

/** A step as summary lines: its words (a spoken step still shows its reward), then its recording. */
function describeStep(step: Step): SummaryPart[] {
  if (!isStepGiven(step)) return [];
  const line = stepLine(step);
  return [...(line ? [{ text: line }] : []), ...(step.recording ? [{ media: step.recording }] : [])];
}

function isStep(value: unknown): value is Step {
  return isRecord(value) && isString(value.id) && isString(value.text) && isString(value.reward) && typeof value.done === 'boolean' && isOptionalString(value.recording);
}

/** Goal → small steps → a reward for each step. */
export const stepsModel: ExerciseModel<ExerciseOf<'steps'>, StepsAnswer> = {
  empty: () => ({ goal: '', steps: [newStep()] }),
  // The goal may be filled in from an earlier answer by itself; answering means writing a step.
  isAnswered: (answer) => answer.steps.some(isStepGiven),
  isValid: (value): value is StepsAnswer =>
    isRecord(value) && isString(value.goal) && isOptionalString(value.goalRecording) && isArrayOf(value.steps, isStep),
  describe: (answer) => [
    ...(answer.goal.trim() ? [{ text: answer.goal.trim() }] : []),
    ...(answer.goalRecording ? [{ media: answer.goalRecording }] : []),
    ...answer.steps.flatMap(describeStep),
  ],
};
