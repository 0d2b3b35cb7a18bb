/** The local JSON API and static server behind deckl10n serve and the viewer: read decks and translations, save and approve edits through the store. */
export {};
