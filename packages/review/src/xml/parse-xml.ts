import { DeckError } from '@deckl10n/errors';
import { SaxesParser } from 'saxes';

/** An element of a parsed XML document, with the line and column of its start tag. */
export interface XmlElement {
  /** Local name (`unit`, `ph`). */
  readonly name: string;
  /** Namespace URI ('' for none). */
  readonly uri: string;
  /** Attributes by qualified name (`id`, `xml:space`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly line: number;
  readonly column: number;
}

/** A node: an element or a run of character data. */
export type XmlNode = XmlElement | string;

interface Building {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
  column: number;
}

/**
 * Parses an XML document into a plain tree, safely: a document type declaration is refused (so
 * no entity is ever declared, expanded or fetched: billion laughs and external entities cannot
 * happen), only the five predefined entities and character references are read, and any
 * well-formedness error (a truncated file, a stray `&`) is a DeckError at its line.
 */
export function parseXml(file: string, text: string): XmlElement {
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype !== null) {
    const line = text.slice(0, doctype.index).split('\n').length;
    throw new DeckError('REVIEW_XML_DTD', 'the file has a document type declaration (<!DOCTYPE …>); deckl10n reads no DTD and expands no entities', { file, line });
  }
  const parser = new SaxesParser({ xmlns: true, fileName: file });
  const stack: Building[] = [];
  let root: Building | null = null;
  const fail = (code: 'REVIEW_FILE_MALFORMED' | 'REVIEW_XML_DTD', message: string): never => {
    throw new DeckError(code, message, { file, line: parser.line, column: parser.column + 1 });
  };
  parser.on('error', (error) => fail('REVIEW_FILE_MALFORMED', `malformed XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`));
  parser.on('doctype', () => fail('REVIEW_XML_DTD', 'the file has a document type declaration; deckl10n reads no DTD'));
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: Building = { name: tag.local, uri: tag.uri, attributes, children: [], line: parser.line, column: parser.column + 1 };
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = element;
    else parent.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value;
    else parent.children.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (root === null) return fail('REVIEW_FILE_MALFORMED', 'the file has no XML root element');
  return root;
}

/** The child elements of an element with a local name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** The first child element with a local name, or undefined. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** All character data of an element and its descendants. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}
