/**
 * Spoken answers for typed fields whose own record has no place for a recording (SOS-kaart
 * fields, an own kracht gedachte): one encrypted record per field, kind 'voicenote', id
 * `voicenote:<field>`, holding the media id of the recording (the audio itself is in `media`).
 * The same field key is used wherever the field is edited (the card and its lessons), so there
 * is one recording per field.
 */
import { deleteRecord, getRecord, putRecord } from './records';

const KIND = 'voicenote';

/** What one voice-note record holds. */
interface VoiceNote {
  field: string;
  mediaId: string;
}

/** The media id of the field's recording, if there is one. */
export async function getVoiceNote(field: string): Promise<string | undefined> {
  return (await getRecord<VoiceNote>(`${KIND}:${field}`))?.mediaId;
}

/** Stores (or, with undefined, forgets) the field's recording. */
export async function setVoiceNote(field: string, mediaId: string | undefined): Promise<void> {
  if (mediaId) await putRecord(KIND, `${KIND}:${field}`, { field, mediaId } satisfies VoiceNote);
  else await deleteRecord(`${KIND}:${field}`);
}
