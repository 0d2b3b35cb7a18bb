/** A letter of any script (`\p{L}`); ASCII letters are tried first, as most text has one early. */
const LETTER = /[A-Za-z]|\p{L}/u;

/** True when `text` has a letter of any script: text a translator may have to translate. */
export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}
