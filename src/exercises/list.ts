import { isArrayOf, isOptionalString, isRecord, isString, newItemId, type ExerciseModel, type ExerciseOf, type SummaryPart } from './model';

/** One item of a list: a value per field id. */
export interface ListItem {
  id: string;
  values: Record<string, string>;
  /** Media id of the item told in the participant's own voice, instead of or besides typing. */
  recording?: string;
}

/** Items with sub-fields, e.g. risicosituaties with waar / met wie / wat deed je. */
export interface ListAnswer {
  items: ListItem[];
}

/** A new item with every field empty. */
export function emptyListItem(exercise: ExerciseOf<'list'>): ListItem {
  return { id: newItemId(), values: Object.fromEntries(exercise.fields.map((field) => [field.id, ''])) };
}

function hasText(item: ListItem): boolean {
  return Object.values(item.values).some((value) => value.trim() !== '');
}

/** Whether an item holds anything: typed words or a recording. */
export function hasContent(item: ListItem): boolean {
  return hasText(item) || Boolean(item.recording);
}

function isListItem(value: unknown): value is ListItem {
  return isRecord(value) && isString(value.id) && isRecord(value.values) && Object.values(value.values).every(isString) && isOptionalString(value.recording);
}

/** A list of items, each with its own fields. */
export const listModel: ExerciseModel<ExerciseOf<'list'>, ListAnswer> = {
  // One empty card to start with, so the participant sees at once what to fill in.
  empty: (exercise) => ({ items: [emptyListItem(exercise)] }),
  isAnswered: (answer) => answer.items.some(hasContent),
  isValid: (value): value is ListAnswer => isRecord(value) && isArrayOf(value.items, isListItem),
  describe: (answer, exercise, language) =>
    answer.items.flatMap((item): SummaryPart[] => [
      ...(hasText(item)
        ? [
            {
              text: exercise.fields
                .filter((field) => (item.values[field.id] ?? '').trim() !== '')
                .map((field) => `${field.label[language]}: ${(item.values[field.id] ?? '').trim()}`)
                .join(' · '),
            },
          ]
        : []),
      ...(item.recording ? [{ media: item.recording }] : []),
    ]),
};
