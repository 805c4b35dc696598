/**
 * Checks program content against types.ts. Runs in the build (vite.config.ts) and in the tests;
 * every problem names the file and the field, e.g.
 * `middelengebruik/sessions/1.3.json: screens[2].exercise.options[0].pictogram: unknown pictogram "bier"`.
 */
import { isPictogramId } from './pictograms';
import { EXERCISE_TYPES, SECTIONS, SOS_FIELDS, WORKBOOK_ICONS, type Program, type Session } from './types';

type Json = Record<string, unknown>;

/** Collects problems while walking a file. */
class Checker {
  readonly problems: string[] = [];
  constructor(private readonly file: string) {}

  fail(path: string, message: string): void {
    this.problems.push(`${this.file}: ${path}: ${message}`);
  }

  object(value: unknown, path: string): Json | undefined {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json;
    this.fail(path, 'must be an object');
    return undefined;
  }

  array(value: unknown, path: string, min = 0): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'must be a list');
      return [];
    }
    if (value.length < min) this.fail(path, `needs at least ${min} item(s)`);
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(path, 'must be a non-empty text');
    return '';
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(path, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
    return undefined;
  }

  boolean(value: unknown, path: string): void {
    if (typeof value !== 'boolean') this.fail(path, 'must be true or false');
  }

  text(value: unknown, path: string): void {
    const text = this.object(value, path);
    if (!text) return;
    this.string(text.nl, `${path}.nl`);
    this.string(text.en, `${path}.en`);
  }

  optionalText(value: unknown, path: string): void {
    if (value !== undefined) this.text(value, path);
  }

  pictogram(value: unknown, path: string): void {
    const id = this.string(value, path);
    if (id && !isPictogramId(id)) this.fail(path, `unknown pictogram "${id}" (see src/content/pictograms.ts)`);
  }

  ref(value: unknown, path: string): void {
    if (value === undefined) return;
    const ref = this.object(value, path);
    if (!ref) return;
    this.string(ref.session, `${path}.session`);
    this.string(ref.screen, `${path}.screen`);
  }

  unique(ids: string[], path: string): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.fail(path, `id "${id}" is used twice`);
      seen.add(id);
    }
  }
}

/** Checks one session file; returns the session when there are no problems. */
export function validateSession(data: unknown, file: string): { session?: Session; problems: string[] } {
  const c = new Checker(file);
  const session = c.object(data, '(file)');
  if (!session) return { problems: c.problems };
  c.string(session.id, 'id');
  if (typeof session.module !== 'number' || !Number.isInteger(session.module) || session.module < 1) c.fail('module', 'must be a whole number from 1');
  c.text(session.title, 'title');
  c.oneOf(session.kind, ['group', 'individual', 'closing'] as const, 'kind');
  const screens = c.array(session.screens, 'screens', 2);
  let lastSection = -1;
  const ids: string[] = [];
  screens.forEach((value, index) => {
    const path = `screens[${index}]`;
    const screen = c.object(value, path);
    if (!screen) return;
    ids.push(c.string(screen.id, `${path}.id`));
    const section = c.oneOf(screen.section, SECTIONS, `${path}.section`);
    if (section) {
      const order = SECTIONS.indexOf(section);
      if (order < lastSection) c.fail(`${path}.section`, `"${section}" comes after "${SECTIONS[lastSection]}"; the order is ${SECTIONS.join(' → ')}`);
      lastSection = Math.max(lastSection, order);
    }
    c.oneOf(screen.icon, WORKBOOK_ICONS, `${path}.icon`);
    c.text(screen.title, `${path}.title`);
    if (screen.text !== undefined) c.array(screen.text, `${path}.text`).forEach((t, i) => c.text(t, `${path}.text[${i}]`));
    if (screen.exercise !== undefined) checkExercise(c, screen.exercise, `${path}.exercise`);
  });
  c.unique(ids, 'screens');
  const sections = screens.map((s) => (s as Json | null)?.section);
  if (!sections.includes('checkIn')) c.fail('screens', 'needs a check-in screen (section "checkIn")');
  if (!sections.includes('checkOut')) c.fail('screens', 'needs a check-out screen (section "checkOut")');
  return c.problems.length ? { problems: c.problems } : { session: data as Session, problems: [] };
}

function checkExercise(c: Checker, value: unknown, path: string): void {
  const exercise = c.object(value, path);
  if (!exercise) return;
  const type = c.oneOf(exercise.type, EXERCISE_TYPES, `${path}.type`);
  c.text(exercise.label, `${path}.label`);
  switch (type) {
    case 'text':
      c.optionalText(exercise.hint, `${path}.hint`);
      if (exercise.short !== undefined) c.boolean(exercise.short, `${path}.short`);
      break;
    case 'choice': {
      const options = c.array(exercise.options, `${path}.options`, 2);
      const ids = options.map((o, i) => {
        const option = c.object(o, `${path}.options[${i}]`);
        if (!option) return '';
        c.text(option.label, `${path}.options[${i}].label`);
        c.pictogram(option.pictogram, `${path}.options[${i}].pictogram`);
        return c.string(option.id, `${path}.options[${i}].id`);
      });
      c.unique(ids, `${path}.options`);
      c.boolean(exercise.multiple, `${path}.multiple`);
      c.boolean(exercise.other, `${path}.other`);
      break;
    }
    case 'scale':
      c.oneOf(exercise.scale, ['zeroToFive', 'zeroToTen', 'faces'] as const, `${path}.scale`);
      c.optionalText(exercise.low, `${path}.low`);
      c.optionalText(exercise.high, `${path}.high`);
      c.optionalText(exercise.why, `${path}.why`);
      break;
    case 'ranking':
      c.ref(exercise.itemsFrom, `${path}.itemsFrom`);
      break;
    case 'list': {
      const fields = c.array(exercise.fields, `${path}.fields`, 1);
      const ids = fields.map((f, i) => {
        const field = c.object(f, `${path}.fields[${i}]`);
        if (!field) return '';
        c.text(field.label, `${path}.fields[${i}].label`);
        if (field.pictogram !== undefined) c.pictogram(field.pictogram, `${path}.fields[${i}].pictogram`);
        return c.string(field.id, `${path}.fields[${i}].id`);
      });
      c.unique(ids, `${path}.fields`);
      c.text(exercise.addLabel, `${path}.addLabel`);
      break;
    }
    case 'pairs':
      c.text(exercise.left, `${path}.left`);
      c.text(exercise.right, `${path}.right`);
      c.ref(exercise.leftFrom, `${path}.leftFrom`);
      break;
    case 'steps':
      c.ref(exercise.goalFrom, `${path}.goalFrom`);
      break;
    case 'practice': {
      const kind = c.oneOf(exercise.kind, ['breathing', 'cards'] as const, `${path}.kind`);
      if (kind === 'cards') {
        c.array(exercise.cards, `${path}.cards`, 2).forEach((v, i) => {
          const card = c.object(v, `${path}.cards[${i}]`);
          if (!card) return;
          c.text(card.title, `${path}.cards[${i}].title`);
          c.text(card.text, `${path}.cards[${i}].text`);
          c.pictogram(card.pictogram, `${path}.cards[${i}].pictogram`);
        });
      }
      break;
    }
    case 'summary':
      c.array(exercise.items, `${path}.items`, 1).forEach((v, i) => {
        const item = c.object(v, `${path}.items[${i}]`);
        if (!item) return;
        c.text(item.label, `${path}.items[${i}].label`);
        c.ref(item.from, `${path}.items[${i}].from`);
      });
      break;
    case 'sosField':
      c.oneOf(exercise.field, SOS_FIELDS, `${path}.field`);
      break;
    case 'drawing':
    case 'photo':
    case undefined:
      break;
  }
}

/** Checks a program file; returns the program when there are no problems. */
export function validateProgram(data: unknown, file: string): { program?: Program; problems: string[] } {
  const c = new Checker(file);
  const program = c.object(data, '(file)');
  if (!program) return { problems: c.problems };
  c.string(program.id, 'id');
  c.text(program.title, 'title');
  c.boolean(program.draft, 'draft');
  const sessionIds: string[] = [];
  c.array(program.modules, 'modules', 1).forEach((v, i) => {
    const module = c.object(v, `modules[${i}]`);
    if (!module) return;
    if (typeof module.number !== 'number') c.fail(`modules[${i}].number`, 'must be a number');
    c.text(module.title, `modules[${i}].title`);
    c.array(module.sessions, `modules[${i}].sessions`, 1).forEach((s, j) => sessionIds.push(c.string(s, `modules[${i}].sessions[${j}]`)));
  });
  c.unique(sessionIds, 'modules');
  return c.problems.length ? { problems: c.problems } : { program: data as Program, problems: [] };
}

/**
 * Checks a whole program: every session listed exists, every file is listed, and every
 * reference to an earlier answer points at an existing screen of an earlier or the same session.
 */
export function validateReferences(program: Program, sessions: Session[], folder: string): string[] {
  const problems: string[] = [];
  const order = program.modules.flatMap((m) => m.sessions);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  for (const id of order) if (!byId.has(id)) problems.push(`${folder}/program.json: modules: session "${id}" has no file sessions/${id}.json`);
  for (const session of sessions) {
    if (!order.includes(session.id)) problems.push(`${folder}/sessions/${session.id}.json: id: "${session.id}" is not listed in program.json`);
    session.screens.forEach((screen, index) => {
      for (const [field, ref] of refsOf(screen.exercise)) {
        const target = byId.get(ref.session);
        const where = `${folder}/sessions/${session.id}.json: screens[${index}].exercise.${field}`;
        if (!target || !target.screens.some((s) => s.id === ref.screen)) problems.push(`${where}: no screen "${ref.screen}" in session "${ref.session}"`);
        else if (order.indexOf(ref.session) > order.indexOf(session.id)) problems.push(`${where}: session "${ref.session}" comes later`);
      }
    });
  }
  return problems;
}

function refsOf(exercise: Session['screens'][number]['exercise']): [string, { session: string; screen: string }][] {
  if (!exercise) return [];
  switch (exercise.type) {
    case 'ranking':
      return exercise.itemsFrom ? [['itemsFrom', exercise.itemsFrom]] : [];
    case 'pairs':
      return exercise.leftFrom ? [['leftFrom', exercise.leftFrom]] : [];
    case 'steps':
      return exercise.goalFrom ? [['goalFrom', exercise.goalFrom]] : [];
    case 'summary':
      return exercise.items.map((item, i) => [`items[${i}].from`, item.from]);
    default:
      return [];
  }
}
