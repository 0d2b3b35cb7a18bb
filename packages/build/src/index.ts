/** Build localized decks beside their source and locale npm packages from the store; changesets for locale packages. */
export {};
