/**
 * The layout strings of GTN's slide frame: the i18next namespace `gtn-layout`, with GTN's keys
 * (`metadata/lang/<lng>.yml` in GTN's repository). Values hold the text exactly as it shows on
 * the slide, punctuation included, because punctuation is language-dependent (`Auteurs :`,
 * `¡Gracias!`). `{{name}}` placeholders are i18next interpolations.
 */
export const LAYOUT_NAMESPACE = 'gtn-layout';

/** Every key of the namespace, in the order the frame uses them. */
export const layoutStringKeys = [
  'authors',
  'last-modification',
  'video-slides',
  'plaintext-slides',
  'tip',
  'presenter-notes',
  'presenter-notes-explanation',
  'requirements',
  'before-diving-in',
  'questions',
  'objectives',
  'key-points',
  'want-extend-knowledge',
  'recommended-followup',
  'thank-you',
  'collaborative-effort',
  'license',
  'license-spdx',
  'topic-title-introduction',
] as const;

/** A key of the `gtn-layout` namespace. */
export type LayoutStringKey = (typeof layoutStringKeys)[number];

/** The frame strings of one language; missing keys fall back to English. */
export type LayoutStrings = Readonly<Partial<Record<string, string>>>;

/**
 * English, the fallback for every key (as GTN's layouts fall back with `| default:`). The same
 * text as `locales/en/gtn-layout.json`, the catalog translators work from (a test keeps the two
 * equal).
 */
export const englishLayoutStrings: Readonly<Record<LayoutStringKey, string>> = {
  authors: 'Authors:',
  'last-modification': 'Updated: {{date}}',
  'video-slides': 'View video slides for this lecture',
  'plaintext-slides': 'Plain-text slides',
  tip: 'Tip:',
  'presenter-notes': 'press <kbd>P</kbd> to view the presenter notes',
  'presenter-notes-explanation': [
    'Presenter notes contain extra information which might be useful if you intend to use these slides for teaching.',
    '',
    'Press `P` again to switch presenter notes off',
    '',
    'Press `C` to create a new window where the same presentation will be displayed.',
    'This window is linked to the main window. Changing slides on one will cause the slide to change on the other.',
    '',
    'Useful when presenting.',
  ].join('\n'),
  requirements: 'Requirements',
  'before-diving-in': 'Before diving into this slide deck, we recommend you to have a look at:',
  questions: 'Questions',
  objectives: 'Objectives',
  'key-points': 'Key points',
  'want-extend-knowledge': 'Do you want to extend your knowledge?',
  'recommended-followup': 'Follow one of our recommended follow-up trainings:',
  'thank-you': 'Thank You!',
  'collaborative-effort':
    'This material is the result of a collaborative work. Thanks to the [Galaxy Training Network](https://training.galaxyproject.org) and all the contributors!',
  license:
    'This material is licensed under the <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 International License</a>.',
  'license-spdx': 'This material is licensed under <a rel="license" href="https://spdx.org/licenses/{{license}}">{{license}}</a>.',
  'topic-title-introduction': 'Introduction to Galaxy Analyses',
};
