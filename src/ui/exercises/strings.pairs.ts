/** Words of the pairs exercise (left → right). */
export const STRINGS = {
  nl: {
    number: (n: number) => `Nummer ${n}`,
    add: 'Nog een rij toevoegen',
    leadsTo: 'hoort bij',
    none: 'Nog niets. Voeg een rij toe.',
  },
  en: {
    number: (n: number) => `Number ${n}`,
    add: 'Add another row',
    leadsTo: 'goes with',
    none: 'Nothing yet. Add a row.',
  },
} as const;
