/** Words of the list exercise (items with sub-fields). */
export const STRINGS = {
  nl: {
    number: (n: number) => `Nummer ${n}`,
    none: 'De lijst is leeg. Voeg iets toe.',
  },
  en: {
    number: (n: number) => `Number ${n}`,
    none: 'The list is empty. Add something.',
  },
} as const;
