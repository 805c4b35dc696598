/** Words of the text exercise (the recorder has its own in voice/strings.ts). */
export const STRINGS = {
  nl: { speak: 'Liever praten? Neem je antwoord op.' },
  en: { speak: 'Rather talk? Record your answer.' },
} as const;
