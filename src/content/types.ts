/**
 * The shape of program content in content/programs/<program>/. Dutch is the source; every text
 * also has its English. validate.ts checks files against these types at build and in tests.
 */

/** Languages every content text must have. */
export const CONTENT_LANGUAGES = ['nl', 'en'] as const;

/** A text in every content language. */
export interface Text {
  nl: string;
  en: string;
}

/** The workbook's eight part icons (see src/ui/icons/workbook.tsx), always shown with their word. */
export const WORKBOOK_ICONS = ['positive', 'doing', 'talking', 'checkInOut', 'writing', 'info', 'reflection', 'group'] as const;
export type WorkbookIconId = (typeof WORKBOOK_ICONS)[number];

/** The fixed order of a session page: check-in → wat leer ik vandaag → info → exercises → huiswerk → check-out → afsluiter. */
export const SECTIONS = ['checkIn', 'learn', 'info', 'exercise', 'homework', 'checkOut', 'closer'] as const;
export type Section = (typeof SECTIONS)[number];

/** Points at an answer given earlier: a screen of a session of the same program. */
export interface AnswerRef {
  session: string;
  screen: string;
}

/** Free text, typed or spoken (a voice recording instead of typing is always offered). */
export interface TextExercise {
  type: 'text';
  label: Text;
  hint?: Text;
  /** One line (a name, a place) instead of a text area. */
  short?: boolean;
}

/** One option of a choice list. */
export interface ChoiceOption {
  id: string;
  label: Text;
  /** Id from src/content/pictograms.ts. */
  pictogram: string;
}

/** Pick one or more options, each with a pictogram; "iets anders" adds own items. */
export interface ChoiceExercise {
  type: 'choice';
  label: Text;
  options: ChoiceOption[];
  multiple: boolean;
  /** Offer "iets anders" to add own items. */
  other: boolean;
}

/** belang 0-5, emotie-thermometer 0-10, or five faces with words. */
export interface ScaleExercise {
  type: 'scale';
  label: Text;
  scale: 'zeroToFive' | 'zeroToTen' | 'faces';
  /** Words for the lowest and highest end (not for faces). */
  low?: Text;
  high?: Text;
  /** A follow-up "waarom?" question, answered by text or voice. */
  why?: Text;
}

/** Items shown as blocks; tapping makes a block bigger or smaller (biggest nadeel = biggest block). */
export interface RankingExercise {
  type: 'ranking';
  label: Text;
  /** Start from the items of an earlier list or choice answer; otherwise the participant adds items. */
  itemsFrom?: AnswerRef;
}

/** A list of items with sub-fields, e.g. risicosituatie: waar / met wie / wat deed je. */
export interface ListExercise {
  type: 'list';
  label: Text;
  fields: { id: string; label: Text; pictogram?: string }[];
  addLabel: Text;
}

/** Pairs: nadeel → voordeel van verandering, signaal → actie, toestemmingsgedachte → helpende gedachte. */
export interface PairsExercise {
  type: 'pairs';
  label: Text;
  left: Text;
  right: Text;
  /** Start the left column from an earlier answer (its items). */
  leftFrom?: AnswerRef;
}

/** A drawing with the finger, saved as an image. */
export interface DrawingExercise {
  type: 'drawing';
  label: Text;
}

/** A photo from the camera or the gallery, shrunk before storing. */
export interface PhotoExercise {
  type: 'photo';
  label: Text;
}

/** A goal in small steps, with a reward for each step. */
export interface StepsExercise {
  type: 'steps';
  label: Text;
  /** Start the goal from an earlier text answer. */
  goalFrom?: AnswerRef;
}

/** One card of a guided practice (STOP, refusal steps). */
export interface PracticeCard {
  title: Text;
  text: Text;
  pictogram: string;
}

/** Guided practice: breathing with an animated guide, or cards to go through one by one. */
export interface PracticeExercise {
  type: 'practice';
  label: Text;
  kind: 'breathing' | 'cards';
  /** For kind 'cards'. */
  cards?: PracticeCard[];
}

/** A derived view that gathers earlier answers; the participant never retypes them. */
export interface SummaryExercise {
  type: 'summary';
  label: Text;
  items: { label: Text; from: AnswerRef }[];
}

/** Fields of the SOS-kaart, one source of truth shared with the card itself. */
export const SOS_FIELDS = ['name', 'helpers', 'safePlace', 'reasons', 'alternatives', 'strengthThought', 'helpText', 'song'] as const;
export type SosField = (typeof SOS_FIELDS)[number];

/** Fills one field of the SOS-kaart from within a session. */
export interface SosFieldExercise {
  type: 'sosField';
  label: Text;
  field: SosField;
}

/** Every exercise type the content can use. */
export type Exercise =
  | TextExercise
  | ChoiceExercise
  | ScaleExercise
  | RankingExercise
  | ListExercise
  | PairsExercise
  | DrawingExercise
  | PhotoExercise
  | StepsExercise
  | PracticeExercise
  | SummaryExercise
  | SosFieldExercise;

export type ExerciseType = Exercise['type'];

/** Every exercise type name, for validation and tests. */
export const EXERCISE_TYPES = ['text', 'choice', 'scale', 'ranking', 'list', 'pairs', 'drawing', 'photo', 'steps', 'practice', 'summary', 'sosField'] as const satisfies readonly ExerciseType[];

/** One screen of a session: one idea, its icon with its word, short text, at most one exercise. */
export interface Screen {
  /** Unique within the session; answers are stored under it. */
  id: string;
  section: Section;
  icon: WorkbookIconId;
  title: Text;
  /** Short paragraphs: about 10 words a sentence. */
  text?: Text[];
  exercise?: Exercise;
}

/** One session (or step) of a program. */
export interface Session {
  id: string;
  module: number;
  title: Text;
  /** group: in the group; individual: a talk with the trainer or vertrouwenspersoon; closing: a short last page. */
  kind: 'group' | 'individual' | 'closing';
  screens: Screen[];
}

/** A program: its modules and the order of its sessions. */
export interface Program {
  id: string;
  title: Text;
  /** Draft text for the organisation to check before use. */
  draft: boolean;
  modules: { number: number; title: Text; sessions: string[] }[];
}
