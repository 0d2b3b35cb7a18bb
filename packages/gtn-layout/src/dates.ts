/**
 * A date as GTN prints the last modification on the title slide, in the reader's language
 * (`Mar 1, 2022`, `1 mars 2022`, `1 mar 2022`). The calendar day is taken in UTC.
 *
 * @example
 * formatLayoutDate(new Date('2022-03-01'), 'en'); // 'Mar 1, 2022'
 */
export function formatLayoutDate(date: Date, language: string): string {
  let locale = language;
  try {
    Intl.DateTimeFormat.supportedLocalesOf([language]);
  } catch {
    locale = 'en';
  }
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}
