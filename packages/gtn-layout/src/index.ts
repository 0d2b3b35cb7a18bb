/**
 * @deckl10n/gtn-layout: decks as GTN's slide layouts expand them (template, title slide,
 * Requirements, Questions, Objectives, the deck's slides, Key points, Thank You), with the frame
 * strings of any language (the `gtn-layout` i18next namespace), as remark Markdown or plain text.
 */
export { expandDeck, expandGtnDeck, renderPlainText } from './expand.js';
export type { ExpandOptions } from './expand.js';
export { toPlainText, toRemark } from './render.js';
export type { Block, DeckPart, ExpandedDeck, PartOrigin } from './model.js';
export { readPage } from './page.js';
export type { GtnPage, Training } from './page.js';
export { englishLayoutStrings, LAYOUT_NAMESPACE, layoutStringKeys } from './strings.js';
export type { LayoutStringKey, LayoutStrings } from './strings.js';
export { layoutTranslator } from './translator.js';
export type { LayoutTranslate } from './translator.js';
export { formatLayoutDate } from './dates.js';
export { contributorNames } from './contributors.js';
export { htmlTextLines, escapeHtml } from './html.js';
export { iconHtml } from './icons.js';
