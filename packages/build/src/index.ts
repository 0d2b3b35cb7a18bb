/**
 * @deckl10n/build: what people publish, made from the locale store. Localized decks beside their
 * source (`slides_FR.md`, GTN naming, `lang:` in the front matter, checked to have the source's
 * structure), one npm package per locale (`locales/<lng>/`: decks, i18next resources, typed entry
 * point, README), and changesets for the packages whose content changed.
 */
export { build } from './build.js';
export type { BuildResult, RunBuildOptions } from './build.js';
export { planBuild } from './plan.js';
export type { BuildOptions, BuildPlan, DeckOutcome, PlannedFile } from './plan.js';
export { writeBuild } from './write.js';
export type { WriteResult } from './write.js';
export { defaultOutputSettings, loadOutputSettings, parseOutputSettings } from './options.js';
export type { OutputSettings, Voice } from './options.js';
export { DEFAULT_NAMING, checkNamingPattern, localizedPath } from './deck/naming.js';
export { addToFrontMatterList, frontMatterBody, frontMatterBodyAt, sameFrontMatterData, setFrontMatterFields, spliceFrontMatterFields } from './deck/front-matter-edit.js';
export type { FieldValue, FrontMatterBody } from './deck/front-matter-edit.js';
export { localizeDeck, UNTRANSLATED_FIELD } from './deck/localize.js';
export type { LocalizedDeck, LocalizeInput } from './deck/localize.js';
export { checkLocalized, compareStructure, structureOf } from './deck/structure.js';
export type { StructureProblem } from './deck/structure.js';
export { packageName, INITIAL_VERSION } from './package/manifest.js';
export { contentDigest } from './package/digest.js';
export { lockfileStatus, updateLockfile } from './package/lockfile.js';
export type { LockfileStatus } from './package/lockfile.js';
export type { LocalePackage, PackagedDeck, PackageFile } from './package/model.js';
export { writeChangesets } from './release/changesets.js';
export type { ChangesetResult, WrittenChangeset } from './release/changesets.js';
export { comparePackage } from './release/compare.js';
export type { Bump, PackageChange } from './release/compare.js';
export { changesetText } from './release/changeset-file.js';
export { readReleaseRecord, RECORD_FILE, segmentMark } from './release/snapshot.js';
export type { ReleaseRecord } from './release/snapshot.js';
