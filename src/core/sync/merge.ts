/**
 * How synced changes merge, the same way on every device (PROTOCOL.md "Client rules").
 *
 * A record is a set of fields (the top-level keys of its JSON value; any other value is the one
 * field `$`). Each field holds its open versions: usually one, more than one after two devices
 * changed it differently without seeing each other's change ("andere versie"). A change names,
 * per field it changed, the versions it replaces: the ones its device had shown. A version that
 * nobody replaced stays. Folding the server's log in version order is a pure function, so every
 * device that has pulled the same log shows the same thing.
 *
 * A deletion is final: later changes are ignored, except a write made by a device that had
 * seen that very deletion (`revives`), which starts the record again.
 */

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One version of one field. */
export interface FieldVersion {
  value: Json;
  /** Id of the change that wrote it. */
  id: string;
  /** Name of the device that wrote it. */
  device: string;
  at: number;
}

/** A change made on one device. Its JSON is what a payload carries. */
export interface Change {
  /** Unique: `<deviceId>.<counter>`. */
  id: string;
  localId: string;
  table: 'records' | 'media';
  kind: string;
  device: string;
  at: number;
  deleted?: boolean;
  /** Changed fields with the versions each replaces. */
  fields?: Record<string, { value: Json; replaces: string[] }>;
  /** The deletion this write comes after (the record is started again). */
  revives?: string;
  /** Media only: the bytes (type length, type, body), base64url. */
  bytes?: string;
  /**
   * After a key rotation: the whole merged state, for devices that join later and cannot read
   * the older changes. A device that already has the record keeps its own history.
   */
  snapshot?: RecordState;
}

/** The merged state of one record. */
export interface RecordState {
  table: 'records' | 'media';
  kind: string;
  fields: Record<string, FieldVersion[]>;
  deleted: boolean;
  deletedBy?: string;
}

/** Fields that carry a time stamp: the newest wins, they never conflict. */
const NEWEST_WINS = new Set(['updatedAt']);

/** The field a non-object value lives in. */
const WHOLE = '$';

/** Applies one change to a record's state. Pure: returns a new state. */
export function applyChange(state: RecordState | undefined, change: Change): RecordState | undefined {
  if (change.snapshot) return state ?? change.snapshot;
  if (state?.deleted && change.revives !== state.deletedBy) return state;
  const base: RecordState =
    state && !state.deleted ? state : { table: change.table, kind: change.kind, fields: {}, deleted: false };
  if (change.deleted) return { table: base.table, kind: base.kind, fields: {}, deleted: true, deletedBy: change.id };
  const fields = { ...base.fields };
  for (const [name, { value, replaces }] of Object.entries(change.fields ?? {})) {
    const version: FieldVersion = { value, id: change.id, device: change.device, at: change.at };
    const open = (fields[name] ?? []).filter((v) => !replaces.includes(v.id));
    if (NEWEST_WINS.has(name) && typeof value === 'number') {
      const newest = open.find((v) => typeof v.value === 'number' && v.value >= value);
      fields[name] = [newest ?? version];
    } else {
      // The same value reached twice is one version, not a conflict.
      fields[name] = open.some((v) => sameJson(v.value, value)) ? open : [...open, version];
    }
  }
  return { table: base.table, kind: change.kind, fields, deleted: false };
}

/** The value a device shows: each field's newest open version. */
export function currentValue(state: RecordState): Json {
  const entries = Object.entries(state.fields).filter(([, versions]) => versions.length > 0);
  if (entries.length === 1 && entries[0]![0] === WHOLE) return entries[0]![1].at(-1)!.value;
  return Object.fromEntries(entries.filter(([name]) => name !== WHOLE).map(([name, versions]) => [name, versions.at(-1)!.value]));
}

/** Fields with more than one open version. */
export function conflictsOf(state: RecordState | undefined): { field: string; versions: FieldVersion[] }[] {
  if (!state || state.deleted) return [];
  return Object.entries(state.fields)
    .filter(([, versions]) => versions.length > 1)
    .map(([field, versions]) => ({ field, versions }));
}

/** What a change needs besides its fields. */
export interface ChangeMeta {
  id: string;
  localId: string;
  table: 'records' | 'media';
  kind: string;
  device: string;
  at: number;
}

/**
 * The change that turns `view` (what this device shows) into `next`, or null when nothing
 * changed. A changed field replaces only the version that was shown, so an "andere versie"
 * stays until someone chooses.
 */
export function diffChange(view: RecordState | undefined, next: unknown, meta: ChangeMeta): Change | null {
  const live = view && !view.deleted ? view : undefined;
  const nextFields = toFields(next);
  const fields: NonNullable<Change['fields']> = {};
  for (const [name, value] of Object.entries(nextFields)) {
    const open = live?.fields[name] ?? [];
    const shown = open.at(-1);
    if (shown && sameJson(shown.value, value)) continue;
    fields[name] = { value, replaces: shown ? [shown.id] : [] };
  }
  // A field that is gone from the new value is written as null.
  for (const [name, open] of Object.entries(live?.fields ?? {})) {
    if (name in nextFields || open.length === 0 || open.at(-1)!.value === null) continue;
    fields[name] = { value: null, replaces: [open.at(-1)!.id] };
  }
  if (Object.keys(fields).length === 0 && live) return null;
  const change: Change = { ...meta, fields };
  if (view?.deleted && view.deletedBy) change.revives = view.deletedBy;
  return change;
}

/** The change that keeps one version of a field and closes the others. */
export function chooseChange(view: RecordState, field: string, versionId: string, meta: ChangeMeta): Change | null {
  const open = view.fields[field] ?? [];
  const chosen = open.find((v) => v.id === versionId);
  if (!chosen || view.deleted) return null;
  return { ...meta, fields: { [field]: { value: chosen.value, replaces: open.map((v) => v.id) } } };
}

/** A deletion of everything this device has seen. */
export function deleteChange(meta: ChangeMeta): Change {
  return { ...meta, deleted: true };
}

function toFields(value: unknown): Record<string, Json> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // A JSON round trip drops undefined the way storage does.
    return JSON.parse(JSON.stringify(value)) as Record<string, Json>;
  }
  return { [WHOLE]: JSON.parse(JSON.stringify(value ?? null)) as Json };
}

/** Structural equality of two JSON values. */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted, so key order never makes two values differ. */
function stableJson(value: Json | undefined): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
