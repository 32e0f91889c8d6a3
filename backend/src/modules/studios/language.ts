/** The language a studio is written to in (payment reminders…): French unless set otherwise. */
export enum Language {
  FR = 'fr',
  EN = 'en',
}
