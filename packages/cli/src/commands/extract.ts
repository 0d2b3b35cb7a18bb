import { extract as extractSegments, type Segment } from '@deckl10n/segments';
import { ExitCode } from '../exit-codes.js';
import { readDeck } from '../read-deck.js';

export interface ExtractOptions {
  readonly json?: boolean;
}

/** The JSON contract of `extract --json`, one object per segment. */
export interface SegmentJson {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly slide: number;
  readonly notes: boolean;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly step: number;
  readonly slideTitle: string | null;
  readonly field: string | null;
  readonly fingerprint: string;
}

/** `deckl10n extract <path> [--json]`: the deck's translatable segments. */
export async function extract(path: string, options: ExtractOptions): Promise<number> {
  const deck = await readDeck(path);
  const segments = extractSegments(deck);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(segments.map(segmentJson), null, 2)}\n`);
    return ExitCode.ok;
  }
  process.stdout.write(listing(path, segments));
  return ExitCode.ok;
}

export function segmentJson(segment: Segment): SegmentJson {
  return {
    id: segment.id,
    kind: segment.kind,
    text: segment.text,
    slide: segment.slide,
    notes: segment.notes,
    line: segment.position.start.line,
    column: segment.position.start.column,
    endLine: segment.position.end.line,
    endColumn: segment.position.end.column,
    step: segment.step,
    slideTitle: segment.slideTitle,
    field: segment.field,
    fingerprint: segment.fingerprint,
  };
}

function listing(path: string, segments: readonly Segment[]): string {
  const out: string[] = [];
  const inNotes = segments.filter((s) => s.notes).length;
  const inFrontMatter = segments.filter((s) => s.slide === 0).length;
  out.push(`${path}: ${segments.length} segments (${inFrontMatter} in front matter, ${inNotes} in notes)`);
  let group = '';
  for (const segment of segments) {
    const heading =
      segment.slide === 0
        ? 'front matter'
        : `slide ${segment.slide}${segment.slideTitle ? ` · ${segment.slideTitle}` : ''}${segment.notes ? ' · notes' : ''}`;
    if (heading !== group) {
      out.push('', heading);
      group = heading;
    }
    const label = segment.field ?? segment.kind;
    const text = segment.text.replace(/\s*\n\s*/g, ' ');
    out.push(`  ${segment.id.padEnd(13)} ${String(segment.position.start.line).padStart(4)}  ${label.padEnd(14)} ${text}`);
  }
  return `${out.join('\n')}\n`;
}
