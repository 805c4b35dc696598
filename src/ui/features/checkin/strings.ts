/** Words added to "Hoe gaat het?": the emotion thermometer (3.5) and the breathing exercise. */
export const STRINGS = {
  nl: {
    emotionQuestion: 'Hoe sterk is je gevoel nu?',
    emotionHint: '0 is heel rustig. 10 is heel sterk.',
    emotionSkip: 'Weet ik niet',
    emotionValue: (n: number) => `Mijn gevoel: ${n} van 10`,
    breathe: 'Even rustig ademen',
    breatheTitle: 'Even rustig ademen',
    backToQuestions: 'Terug naar de vragen',
    back: 'Terug',
    speakNote: 'Liever praten? Neem je bericht op.',
    spokenNote: 'Mijn opname',
    noteMissing: 'Deze opname is niet meer te vinden.',
  },
  en: {
    emotionQuestion: 'How strong is your feeling now?',
    emotionHint: '0 is very calm. 10 is very strong.',
    emotionSkip: "I don't know",
    emotionValue: (n: number) => `My feeling: ${n} of 10`,
    breathe: 'Breathe calmly for a moment',
    breatheTitle: 'Breathe calmly for a moment',
    backToQuestions: 'Back to the questions',
    back: 'Back',
    speakNote: 'Rather talk? Record your note.',
    spokenNote: 'My recording',
    noteMissing: 'This recording can no longer be found.',
  },
} as const;
