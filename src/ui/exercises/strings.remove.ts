/** Words of RemoveButton, shared by the list-like exercises (ranking, choice, list, pairs, steps). */
export const STRINGS = {
  nl: {
    remove: 'Weghalen',
    ask: (name: string) => (name ? `Wil je „${name}” echt weghalen?` : 'Wil je dit echt weghalen?'),
    yes: 'Ja, weghalen',
    keep: 'Nee, laten staan',
  },
  en: {
    remove: 'Remove',
    ask: (name: string) => (name ? `Do you really want to remove “${name}”?` : 'Do you really want to remove this?'),
    yes: 'Yes, remove',
    keep: 'No, keep it',
  },
} as const;
