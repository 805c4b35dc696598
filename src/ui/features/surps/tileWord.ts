/** The praatkaart's word on its Mijn kaarten tile: apart from strings.ts so the hub stays small. */
export const PRAATKAART_WORD = { nl: 'Mijn praatkaart', en: 'My talk card' } as const;
