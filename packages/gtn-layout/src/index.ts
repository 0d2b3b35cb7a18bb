/** Expand decks the way GTN's tutorial_slides layout does (title, requirements, questions, objectives, key points, thank-you slides) in every locale, as remark Markdown or plain text. */
export {};
