/** Words of notes and compliments: on the participant's home screen and in the staff area. */
import { CARE_LINK_WORDS } from '../staffCare/linkWords';
import type { NoteAuthor, NoteKind } from '../../../core/staffNotes';

const NL_AUTHOR: Record<NoteAuthor, string> = { trainer: 'je trainer', begeleider: 'je begeleider' };
const EN_AUTHOR: Record<NoteAuthor, string> = { trainer: 'your trainer', begeleider: 'your support worker' };

export const STRINGS = {
  nl: {
    homeTitle: 'Berichten voor jou',
    from: (kind: NoteKind, author: NoteAuthor, name: string) => `${kind === 'compliment' ? 'Compliment' : 'Bericht'} van ${NL_AUTHOR[author]}${name ? ` ${name}` : ''}`,
    putAway: 'Gelezen, wegleggen',
    putAwayFailed: 'Dat lukte niet. Probeer het nog een keer.',
    // Staff
    staffTitle: (name: string) => `Bericht voor ${name}`,
    staffIntro: 'Schrijf een kort bericht of een compliment. De deelnemer ziet het op het startscherm.',
    kindLegend: 'Wat is het?',
    kinds: { note: 'Bericht', compliment: 'Compliment' } as Record<NoteKind, string>,
    authorLegend: 'Wie schrijft het?',
    authors: { trainer: 'Trainer', begeleider: 'Begeleider' } as Record<NoteAuthor, string>,
    name: 'Je naam (mag leeg)',
    text: 'Het bericht',
    textHint: 'Kort en in gewone woorden. Zo kan de deelnemer het goed lezen.',
    send: 'Bericht opslaan',
    needText: 'Schrijf eerst een bericht.',
    sent: 'Opgeslagen. De deelnemer ziet het als die het werkboek opent.',
    saveFailed: 'Dat lukte niet. Probeer het nog een keer.',
    earlier: 'Eerdere berichten',
    noEarlier: 'Nog geen berichten.',
    isNew: 'Nog niet gelezen',
    isRead: (date: string) => `Gelezen op ${date}`,
    remove: 'Weghalen',
    staffLink: CARE_LINK_WORDS.nl.note,
  },
  en: {
    homeTitle: 'Messages for you',
    from: (kind: NoteKind, author: NoteAuthor, name: string) => `${kind === 'compliment' ? 'Compliment' : 'Message'} from ${EN_AUTHOR[author]}${name ? ` ${name}` : ''}`,
    putAway: 'Read, put away',
    putAwayFailed: 'That did not work. Please try again.',
    staffTitle: (name: string) => `Message for ${name}`,
    staffIntro: 'Write a short message or a compliment. The participant sees it on the start screen.',
    kindLegend: 'What is it?',
    kinds: { note: 'Message', compliment: 'Compliment' } as Record<NoteKind, string>,
    authorLegend: 'Who is writing?',
    authors: { trainer: 'Trainer', begeleider: 'Support worker' } as Record<NoteAuthor, string>,
    name: 'Your name (may be empty)',
    text: 'The message',
    textHint: 'Short and in everyday words. Then the participant can read it well.',
    send: 'Save message',
    needText: 'Write a message first.',
    sent: 'Saved. The participant sees it when they open the workbook.',
    saveFailed: 'That did not work. Please try again.',
    earlier: 'Earlier messages',
    noEarlier: 'No messages yet.',
    isNew: 'Not read yet',
    isRead: (date: string) => `Read on ${date}`,
    remove: 'Remove',
    staffLink: CARE_LINK_WORDS.en.note,
  },
} as const;
