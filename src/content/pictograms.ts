/**
 * Ids of the content pictograms that choice options, practice cards and list fields may use.
 * Each is drawn in src/ui/pictograms/ and always shown with a word. Adding one here makes the
 * validator accept it; the pictogram test then demands its drawing.
 */
export const PICTOGRAM_IDS = [
  // using
  'drink', 'joint', 'pills', 'powder', 'cigarette', 'gambling',
  // people
  'family', 'friends', 'partner', 'children', 'trainer', 'helper', 'alone', 'group',
  // life
  'money', 'home', 'work', 'school', 'police', 'health', 'doctor', 'sleep', 'food', 'sport', 'music',
  'walk', 'nature', 'call', 'talk', 'tv', 'game', 'shower', 'cook', 'pet', 'reading', 'drawing', 'party',
  'street', 'car', 'calendar', 'clock', 'future',
  // feelings and thoughts
  'happy', 'sad', 'angry', 'scared', 'stress', 'bored', 'lonely', 'tired', 'proud', 'calm', 'craving',
  'thought', 'strength', 'trust',
  // doing
  'goal', 'heart', 'reward', 'stop', 'no', 'breathe', 'help', 'safePlace', 'question', 'idea', 'choose', 'step', 'check',
] as const;

export type PictogramId = (typeof PICTOGRAM_IDS)[number];

/** Whether `id` is a known pictogram. */
export function isPictogramId(id: string): id is PictogramId {
  return (PICTOGRAM_IDS as readonly string[]).includes(id);
}
