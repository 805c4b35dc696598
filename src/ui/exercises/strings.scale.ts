/** Words of the scale exercise; the face words and "van" live in the model (exercises/scale.ts). */
export const STRINGS = {
  nl: {
    whyLabel: 'Schrijf je antwoord',
    speak: 'Liever praten? Neem je antwoord op.',
    end: (n: number, word: string) => `${n} = ${word}`,
  },
  en: {
    whyLabel: 'Write your answer',
    speak: 'Rather talk? Record your answer.',
    end: (n: number, word: string) => `${n} = ${word}`,
  },
} as const;
