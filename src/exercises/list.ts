import { isArrayOf, isRecord, isString, newItemId, type ExerciseModel, type ExerciseOf } from './model';

/** One item of a list: a value per field id. */
export interface ListItem {
  id: string;
  values: Record<string, string>;
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

function isListItem(value: unknown): value is ListItem {
  return isRecord(value) && isString(value.id) && isRecord(value.values) && Object.values(value.values).every(isString);
}

/** A list of items, each with its own fields. */
export const listModel: ExerciseModel<ExerciseOf<'list'>, ListAnswer> = {
  // One empty card to start with, so the participant sees at once what to fill in.
  empty: (exercise) => ({ items: [emptyListItem(exercise)] }),
  isAnswered: (answer) => answer.items.some(hasText),
  isValid: (value): value is ListAnswer => isRecord(value) && isArrayOf(value.items, isListItem),
  describe: (answer, exercise, language) =>
    answer.items.filter(hasText).map((item) => ({
      text: exercise.fields
        .filter((field) => (item.values[field.id] ?? '').trim() !== '')
        .map((field) => `${field.label[language]}: ${(item.values[field.id] ?? '').trim()}`)
        .join(' · '),
    })),
};
