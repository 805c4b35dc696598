/** The few backup words on screens that load with the app (Instellingen, first run); the rest is in strings.ts. */
export const LINK_STRINGS = {
  nl: {
    settingsTitle: 'Reservekopie',
    settingsIntro: 'Zet je hele werkboek in één bestand. Zo zet je het op een ander apparaat.',
    settingsLocked: 'Open eerst je werkboek. Dan kun je een reservekopie maken.',
    exportLink: 'Reservekopie maken',
    importLink: 'Werkboek terugzetten',
    firstRunLink: 'Ik heb een reservekopie',
  },
  en: {
    settingsTitle: 'Backup',
    settingsIntro: 'Put your whole workbook in one file. That is how you move it to another device.',
    settingsLocked: 'Open your workbook first. Then you can make a backup.',
    exportLink: 'Make a backup',
    importLink: 'Restore a workbook',
    firstRunLink: 'I have a backup file',
  },
} as const;
