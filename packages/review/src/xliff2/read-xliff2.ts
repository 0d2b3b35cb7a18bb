import { DeckError } from '@deckl10n/errors';
import { CONTEXT_CATEGORIES } from '../export/context-notes.js';
import type { ImportedFile, ImportedUnit } from '../model.js';
import { childElement, childElements, textContent, type XmlElement } from '../xml/parse-xml.js';

/** Inline content back to text: codes replaced by their original data. */
function inlineText(file: string, element: XmlElement, data: ReadonlyMap<string, string>): string {
  const ref = (child: XmlElement, attribute: string): string => {
    const id = child.attributes[attribute];
    const value = id === undefined ? undefined : data.get(id);
    if (value === undefined) {
      throw new DeckError('REVIEW_INLINE_CODE', `<${child.name} id="${child.attributes['id'] ?? ''}"> refers to no <data> (${attribute}="${id ?? ''}")`, { file, line: child.line });
    }
    return value;
  };
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child;
      switch (child.name) {
        case 'ph':
        case 'sc':
        case 'ec':
          return ref(child, 'dataRef');
        case 'pc':
          return ref(child, 'dataRefStart') + inlineText(file, child, data) + ref(child, 'dataRefEnd');
        case 'cp':
          return String.fromCodePoint(Number.parseInt(child.attributes['hex'] ?? '', 16));
        case 'mrk':
          return inlineText(file, child, data);
        case 'sm':
        case 'em':
          return '';
        default:
          throw new DeckError('REVIEW_FILE_MALFORMED', `unexpected <${child.name}> in <${element.name}>`, { file, line: child.line });
      }
    })
    .join('');
}

/** One `<unit>` in format-neutral terms. */
function readUnit(file: string, unit: XmlElement, decks: string[]): ImportedUnit {
  const id = unit.attributes['id'];
  if (id === undefined) throw new DeckError('REVIEW_FILE_MALFORMED', '<unit> without an id', { file, line: unit.line });
  const data = new Map<string, string>();
  const originalData = childElement(unit, 'originalData');
  for (const item of originalData === undefined ? [] : childElements(originalData, 'data')) {
    data.set(item.attributes['id'] ?? '', item.children.map((c) => (typeof c === 'string' ? c : c.name === 'cp' ? String.fromCodePoint(Number.parseInt(c.attributes['hex'] ?? '', 16)) : textContent(c))).join(''));
  }
  const notes = childElement(unit, 'notes');
  const comments = (notes === undefined ? [] : childElements(notes, 'note'))
    .filter((note) => !CONTEXT_CATEGORIES.has(note.attributes['category'] ?? ''))
    .flatMap((note) => textContent(note).split('\n'))
    .filter((line) => line.trim() !== '');
  let source = '';
  let target: string | null = '';
  let approved = true;
  const parts = childElements(unit).filter((child) => child.name === 'segment' || child.name === 'ignorable');
  if (parts.length === 0) throw new DeckError('REVIEW_FILE_MALFORMED', `<unit id="${id}"> has no <segment>`, { file, line: unit.line });
  for (const part of parts) {
    const sourceElement = childElement(part, 'source');
    if (sourceElement === undefined) throw new DeckError('REVIEW_FILE_MALFORMED', `a <${part.name}> of unit "${id}" has no <source>`, { file, line: part.line });
    const partSource = inlineText(file, sourceElement, data);
    const targetElement = childElement(part, 'target');
    source += partSource;
    if (targetElement === undefined && part.name === 'segment') target = null;
    else if (target !== null) target += targetElement === undefined ? partSource : inlineText(file, targetElement, data);
    if (part.name === 'segment' && !['reviewed', 'final'].includes(part.attributes['state'] ?? 'initial')) approved = false;
  }
  return { id, decks, source, target: target === '' && source !== '' ? null : target, approved: approved && target !== null, comments, line: unit.line };
}

/** Units of a `<file>` or `<group>`, groups included. */
function units(element: XmlElement): XmlElement[] {
  return childElements(element).flatMap((child) => (child.name === 'unit' ? [child] : child.name === 'group' ? units(child) : []));
}

/**
 * Reads an XLIFF 2.x document (already parsed safely): units by id, deck from `<file original>`
 * and `id`, texts with inline codes restored from `<originalData>`, approval from the segment
 * states (`reviewed`, `final`), and notes other than the context deckl10n writes.
 */
export function readXliff2(file: string, root: XmlElement): ImportedFile {
  const result: ImportedUnit[] = [];
  for (const fileElement of childElements(root, 'file')) {
    const decks = [fileElement.attributes['original'], fileElement.attributes['id']].filter((d): d is string => d !== undefined);
    for (const unit of units(fileElement)) result.push(readUnit(file, unit, decks));
  }
  return {
    format: 'xliff',
    file,
    sourceLanguage: root.attributes['srcLang'] ?? null,
    targetLanguage: root.attributes['trgLang'] ?? null,
    units: result,
  };
}
