/** Words of the choice exercise (tiles with pictograms, and "iets anders"). */
export const STRINGS = {
  nl: {
    other: 'Iets anders',
    own: (n: number) => `Eigen antwoord ${n}`,
    pickMany: 'Je mag meer dan één kiezen.',
    pickOne: 'Kies er één.',
  },
  en: {
    other: 'Something else',
    own: (n: number) => `Own answer ${n}`,
    pickMany: 'You may choose more than one.',
    pickOne: 'Choose one.',
  },
} as const;
