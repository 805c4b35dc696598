/** Words of the steps exercise (goal → small steps → a reward for each). */
export const STRINGS = {
  nl: {
    goal: 'Mijn doel',
    step: (n: number) => `Stap ${n}`,
    text: 'Wat ga je doen?',
    reward: 'Mijn beloning',
    done: 'Gedaan',
    add: 'Nog een stap toevoegen',
    none: 'Nog geen stappen. Voeg een stap toe.',
    wellDone: 'Goed gedaan! Deze stap is klaar.',
    enjoy: (reward: string) => `Goed gedaan! Je hebt je beloning verdiend: ${reward}.`,
  },
  en: {
    goal: 'My goal',
    step: (n: number) => `Step ${n}`,
    text: 'What will you do?',
    reward: 'My reward',
    done: 'Done',
    add: 'Add another step',
    none: 'No steps yet. Add a step.',
    wellDone: 'Well done! This step is finished.',
    enjoy: (reward: string) => `Well done! You have earned your reward: ${reward}.`,
  },
} as const;
