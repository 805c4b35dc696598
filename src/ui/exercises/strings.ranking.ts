/** Words of the ranking exercise (blocks that grow by tapping). */
export const STRINGS = {
  nl: {
    hint: 'Wat weegt het zwaarst? Maak dat blok het grootst.',
    bigger: 'Groter',
    smaller: 'Kleiner',
    size: (word: string) => `Dit weegt: ${word}`,
    resized: (name: string, word: string) => `${name} weegt nu: ${word}.`,
    biggest: (name: string) => `${name} is al zo groot als het kan.`,
    smallest: (name: string) => `${name} is al zo klein als het kan.`,
    add: 'Zelf iets toevoegen',
    own: 'Wat wil je toevoegen?',
    untitled: 'nieuw blok',
    none: 'Nog geen blokken. Voeg zelf iets toe.',
  },
  en: {
    hint: 'What weighs the most? Make that block the biggest.',
    bigger: 'Bigger',
    smaller: 'Smaller',
    size: (word: string) => `This weighs: ${word}`,
    resized: (name: string, word: string) => `${name} now weighs: ${word}.`,
    biggest: (name: string) => `${name} is as big as it can be.`,
    smallest: (name: string) => `${name} is as small as it can be.`,
    add: 'Add something yourself',
    own: 'What do you want to add?',
    untitled: 'new block',
    none: 'No blocks yet. Add something yourself.',
  },
} as const;
