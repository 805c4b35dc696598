import { isArrayOf, isRecord, isString, newItemId, type ExerciseModel, type ExerciseOf } from './model';

/** One small step towards the goal, with its reward. */
export interface Step {
  id: string;
  text: string;
  reward: string;
  done: boolean;
}

/** A goal in small steps, each with a reward. */
export interface StepsAnswer {
  goal: string;
  steps: Step[];
}

/** A new, empty step. */
export function newStep(): Step {
  return { id: newItemId(), text: '', reward: '', done: false };
}

/** A step as one line: "stap — beloning ✓". */
export function stepLine(step: Step): string {
  const reward = step.reward.trim();
  return `${step.text.trim()}${reward ? ` — ${reward}` : ''}${step.done ? ' ✓' : ''}`;
}

function isStep(value: unknown): value is Step {
  return isRecord(value) && isString(value.id) && isString(value.text) && isString(value.reward) && typeof value.done === 'boolean';
}

/** Goal → small steps → a reward for each step. */
export const stepsModel: ExerciseModel<ExerciseOf<'steps'>, StepsAnswer> = {
  empty: () => ({ goal: '', steps: [newStep()] }),
  // The goal may be filled in from an earlier answer by itself; answering means writing a step.
  isAnswered: (answer) => answer.steps.some((step) => step.text.trim() !== ''),
  isValid: (value): value is StepsAnswer => isRecord(value) && isString(value.goal) && isArrayOf(value.steps, isStep),
  describe: (answer) => [
    ...(answer.goal.trim() ? [{ text: answer.goal.trim() }] : []),
    ...answer.steps.filter((step) => step.text.trim() !== '').map((step) => ({ text: stepLine(step) })),
  ],
};
