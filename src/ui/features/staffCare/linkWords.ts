/**
 * The words of the staff care buttons on a participant's staff page. Kept apart from the full
 * strings: the link table is loaded with the app's start, the staff care pages only when opened.
 */
export const CARE_LINK_WORDS = {
  nl: { note: 'Bericht of compliment', homework: 'Huiswerk', rewards: 'Beloningen', surps: 'SURPS-profiel' },
  en: { note: 'Message or compliment', homework: 'Homework', rewards: 'Rewards', surps: 'SURPS profile' },
} as const;
