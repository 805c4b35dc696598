/** The words of the link to "Wat staat er over mij": apart from strings.ts so the hub stays small. */
export const ABOUT_ME_WORD = { nl: 'Wat staat er over mij?', en: 'What is stored about me?' } as const;
