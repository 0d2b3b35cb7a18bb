import { DeckError } from '@deckl10n/errors';
import type { ImportedFile, ImportedUnit } from '../model.js';
import { SEGMENT_ID } from '../po/po-string.js';
import { childElement, childElements, textContent, type XmlElement } from '../xml/parse-xml.js';

/** Inline content back to text: `<ph>`, `<bpt>`, `<ept>`, `<it>` hold the native code. */
function inlineText(file: string, element: XmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child;
      switch (child.name) {
        case 'ph':
        case 'bpt':
        case 'ept':
        case 'it':
          return textContent(child);
        case 'mrk':
          return inlineText(file, child);
        case 'g':
        case 'x':
        case 'bx':
        case 'ex':
          throw new DeckError('REVIEW_INLINE_CODE', `<${child.name} id="${child.attributes['id'] ?? ''}"> carries no native code, so the text cannot be restored`, { file, line: child.line });
        default:
          throw new DeckError('REVIEW_FILE_MALFORMED', `unexpected <${child.name}> in <${element.name}>`, { file, line: child.line });
      }
    })
    .join('');
}

/** Source files a unit's context groups name (translate-toolkit keeps PO `#:` references there). */
function sourceFiles(unit: XmlElement): string[] {
  return childElements(unit, 'context-group').flatMap((group) =>
    childElements(group, 'context')
      .filter((context) => context.attributes['context-type'] === 'sourcefile')
      .map((context) => textContent(context)),
  );
}

function readUnit(file: string, unit: XmlElement, original: string | undefined): ImportedUnit {
  const rawId = unit.attributes['id'] ?? '';
  const sourceElement = childElement(unit, 'source');
  if (sourceElement === undefined) throw new DeckError('REVIEW_FILE_MALFORMED', `<trans-unit id="${rawId}"> has no <source>`, { file, line: unit.line });
  const targetElement = childElement(unit, 'target');
  const target = targetElement === undefined ? '' : inlineText(file, targetElement);
  const state = targetElement?.attributes['state'] ?? '';
  return {
    id: SEGMENT_ID.test(rawId) ? rawId : null,
    decks: [...(original === undefined ? [] : [original]), ...sourceFiles(unit)],
    source: inlineText(file, sourceElement),
    target: target === '' ? null : target,
    approved: target !== '' && (unit.attributes['approved'] === 'yes' || state === 'final' || state === 'signed-off'),
    // One comment per line: translate-toolkit joins a PO entry's `# ` lines into one note.
    comments: childElements(unit, 'note')
      .filter((note) => note.attributes['from'] !== 'developer')
      .flatMap((note) => textContent(note).split('\n'))
      .filter((line) => line.trim() !== ''),
    line: unit.line,
  };
}

/** Trans-units of a `<body>` or `<group>`, groups included; the gettext header unit of translate-toolkit skipped. */
function transUnits(element: XmlElement): XmlElement[] {
  return childElements(element).flatMap((child) => {
    if (child.name === 'group') return transUnits(child);
    if (child.name !== 'trans-unit' || child.attributes['restype'] === 'x-gettext-domain-header') return [];
    return [child];
  });
}

/**
 * Reads an XLIFF 1.x document (already parsed safely): units by `id` (a segment id; other ids,
 * such as translate-toolkit's numbers, leave matching to the source text), approval from
 * `approved="yes"` or a `final`/`signed-off` target, comments from notes not written by
 * deckl10n (`from="developer"`).
 */
export function readXliff12(file: string, root: XmlElement): ImportedFile {
  const units: ImportedUnit[] = [];
  let sourceLanguage: string | null = null;
  let targetLanguage: string | null = null;
  for (const fileElement of childElements(root, 'file')) {
    const source = fileElement.attributes['source-language'] ?? null;
    const target = fileElement.attributes['target-language'] ?? null;
    if ((sourceLanguage !== null && source !== sourceLanguage) || (targetLanguage !== null && target !== null && target !== targetLanguage)) {
      throw new DeckError('REVIEW_LANGUAGE', 'the <file> elements of the document are for different languages', { file, line: fileElement.line });
    }
    sourceLanguage = source;
    targetLanguage = target ?? targetLanguage;
    const body = childElement(fileElement, 'body');
    for (const unit of body === undefined ? [] : transUnits(body)) units.push(readUnit(file, unit, fileElement.attributes['original']));
  }
  return { format: 'xliff12', file, sourceLanguage, targetLanguage, units };
}
