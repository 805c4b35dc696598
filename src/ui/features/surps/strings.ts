/** Words of the SURPS praatkaart (participant) and of entering the profile (staff). */
import { CARE_LINK_WORDS } from '../staffCare/linkWords';
import type { SurpsTrait } from '../../../core/surps';
import { PRAATKAART_WORD } from './tileWord';

/** What one trait means and what can help, one short idea per line. */
interface TraitText {
  name: string;
  /** The trait in everyday words. */
  plain: string;
  means: string[];
  helps: string[];
}

type Traits = Record<SurpsTrait, TraitText>;

const NL_TRAITS: Traits = {
  hopelessness: {
    name: 'Hopeloosheid',
    plain: 'Je somber voelen',
    means: ['Je voelt je vaak somber of moedeloos.', 'Je denkt snel dat het toch niet goed komt.', 'Soms gebruik je om nare gevoelens weg te maken.'],
    helps: ['Praat over je gevoel met iemand die je vertrouwt.', 'Kijk naar wat wel lukt. Schrijf het op.', 'Denk aan een doel voor later. Wat wil je bereiken?'],
  },
  anxietySensitivity: {
    name: 'Angstgevoeligheid',
    plain: 'Snel bang zijn voor wat je voelt',
    means: ['Je schrikt snel van wat je in je lijf voelt.', 'Bijvoorbeeld als je hart snel klopt.', 'Je denkt dan dat er iets ergs gebeurt.', 'Soms gebruik je om rustig te worden.'],
    helps: ['Die gevoelens zijn niet gevaarlijk. Ze gaan weer over.', 'Adem rustig in en uit.', 'Zoek een veilige plek of iemand bij wie je rustig wordt.'],
  },
  impulsivity: {
    name: 'Impulsiviteit',
    plain: 'Eerst doen, dan denken',
    means: ['Je doet vaak iets zonder eerst na te denken.', 'Je wilt iets meteen hebben, niet later.', 'Stoppen met iets is dan moeilijk.'],
    helps: ['Zeg stop tegen jezelf. Tel rustig tot tien.', 'Maak een vaste planning voor je dag.', 'Wacht even met je beloning. Dat maakt hem groter.'],
  },
  sensationSeeking: {
    name: 'Sensation seeking',
    plain: 'Spanning zoeken',
    means: ['Je houdt van spanning en nieuwe dingen.', 'Je verveelt je snel.', 'Dan neem je soms grote risico’s.'],
    helps: ['Zoek gezonde spanning. Denk aan sport of muziek maken.', 'Doe iets nieuws, zonder middelen.', 'Denk eerst na: wat kan er misgaan?'],
  },
};

const EN_TRAITS: Traits = {
  hopelessness: {
    name: 'Hopelessness',
    plain: 'Feeling low',
    means: ['You often feel low or without hope.', 'You quickly think things will not turn out well.', 'Sometimes you use to make bad feelings go away.'],
    helps: ['Talk about your feelings with someone you trust.', 'Look at what does go well. Write it down.', 'Think of a goal for later. What do you want to reach?'],
  },
  anxietySensitivity: {
    name: 'Anxiety sensitivity',
    plain: 'Being scared of what you feel',
    means: ['What you feel in your body scares you quickly.', 'For example when your heart beats fast.', 'Then you think something bad is happening.', 'Sometimes you use to calm down.'],
    helps: ['Those feelings are not dangerous. They pass.', 'Breathe in and out calmly.', 'Find a safe place or someone who calms you.'],
  },
  impulsivity: {
    name: 'Impulsivity',
    plain: 'Doing first, thinking later',
    means: ['You often do things without thinking first.', 'You want something now, not later.', 'Then it is hard to stop.'],
    helps: ['Say stop to yourself. Count to ten slowly.', 'Make a fixed plan for your day.', 'Wait a little for your reward. That makes it bigger.'],
  },
  sensationSeeking: {
    name: 'Sensation seeking',
    plain: 'Looking for thrills',
    means: ['You like excitement and new things.', 'You get bored quickly.', 'Then you sometimes take big risks.'],
    helps: ['Look for healthy thrills. Think of sports or making music.', 'Do something new, without substances.', 'Think first: what could go wrong?'],
  },
};

export const STRINGS = {
  nl: {
    traits: NL_TRAITS,
    title: PRAATKAART_WORD.nl,
    tile: PRAATKAART_WORD.nl,
    intro: 'Je vulde een vragenlijst in met je trainer. Hier zie je wat daaruit kwam.',
    talk: 'Praat erover met je trainer of begeleider.',
    means: 'Wat betekent dit?',
    helps: 'Wat kan helpen?',
    recognise: 'Herken je dit?',
    answers: { yes: 'Ja, dat ben ik', bit: 'Een beetje', no: 'Nee' },
    saved: 'Opgeslagen.',
    saveFailed: 'Dat lukte niet. Probeer het nog een keer.',
    none: 'Je trainer heeft nog geen praatkaart voor je gemaakt.',
    // Staff
    staffTitle: (name: string) => `SURPS-profiel van ${name}`,
    staffIntro: 'Vul dit in na de vragenlijst. Kies één of meer profielen.',
    staffLegend: 'Profielen',
    staffSave: 'Profiel opslaan',
    staffSaved: 'Opgeslagen. De deelnemer ziet dit op de praatkaart.',
    staffCleared: 'Het profiel is weggehaald.',
    staffNone: 'Nog geen profiel ingevuld.',
    staffPickOne: 'Kies minstens één profiel. Of haal het profiel weg.',
    staffClear: 'Profiel weghalen',
    staffAnswers: 'Wat de deelnemer zei',
    staffNoAnswer: 'Nog niet beantwoord',
    staffLink: CARE_LINK_WORDS.nl.surps,
  },
  en: {
    traits: EN_TRAITS,
    title: PRAATKAART_WORD.en,
    tile: PRAATKAART_WORD.en,
    intro: 'You filled in a questionnaire with your trainer. Here you see what came out.',
    talk: 'Talk about it with your trainer or support worker.',
    means: 'What does this mean?',
    helps: 'What can help?',
    recognise: 'Do you recognise this?',
    answers: { yes: 'Yes, that is me', bit: 'A little', no: 'No' },
    saved: 'Saved.',
    saveFailed: 'That did not work. Please try again.',
    none: 'Your trainer has not made a talk card for you yet.',
    staffTitle: (name: string) => `SURPS profile of ${name}`,
    staffIntro: 'Fill this in after the questionnaire. Choose one or more profiles.',
    staffLegend: 'Profiles',
    staffSave: 'Save profile',
    staffSaved: 'Saved. The participant sees this on the talk card.',
    staffCleared: 'The profile has been removed.',
    staffNone: 'No profile filled in yet.',
    staffPickOne: 'Choose at least one profile. Or remove the profile.',
    staffClear: 'Remove profile',
    staffAnswers: 'What the participant said',
    staffNoAnswer: 'Not answered yet',
    staffLink: CARE_LINK_WORDS.en.surps,
  },
} as const;
