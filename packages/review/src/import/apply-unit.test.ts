import type { Segment } from '@deckl10n/segments';
import { fingerprint } from '@deckl10n/segments';
import type { TranslationEntry } from '@deckl10n/store';
import { describe, expect, it } from 'vitest';
import type { ImportedUnit } from '../model.js';
import { importUnit } from './apply-unit.js';

const text = 'Run `ls` on [the docs](https://x.org)';
const segment = { id: fingerprint(text), kind: 'paragraph', text, fingerprint: fingerprint(text) } as Segment;
const machine: TranslationEntry = { translation: 'Ejecute `ls` en [la doc](https://x.org)', state: 'machine', fingerprint: segment.fingerprint, source: text, provider: 'deepl' };
const unit = (target: string | null, approved: boolean, extra: Partial<ImportedUnit> = {}): ImportedUnit => ({ id: segment.id, decks: [], source: text, target, approved, comments: [], line: 7, ...extra });
const run = (u: ImportedUnit, existing: TranslationEntry | undefined, conflict = false) => importUnit(u, segment, conflict, existing, 'po', 'review.po');

describe('importUnit', () => {
  it('approves an unchanged translation, keeping its provider', () => {
    const outcome = run(unit(machine.translation, true), machine);
    expect(outcome.kind).toBe('approved');
    expect(outcome.entry).toEqual({ ...machine, state: 'reviewed' });
    expect(run(unit(machine.translation, true), outcome.entry).kind).toBe('unchanged');
  });

  it('takes an edited, unapproved translation as unreviewed work of the review file', () => {
    const outcome = run(unit('Ejecute `ls` sobre [la documentación](https://x.org)', false, { comments: ['checked the term'] }), machine);
    expect(outcome.kind).toBe('applied');
    expect(outcome.entry).toMatchObject({ state: 'machine', provider: 'po', notes: ['checked the term'] });
  });

  it('changes nothing for an untouched unit or a unit without translation', () => {
    expect(run(unit(machine.translation, false), machine)).toMatchObject({ kind: 'unchanged', entry: machine });
    expect(run(unit(null, true), machine)).toMatchObject({ kind: 'empty', entry: machine });
  });

  it('blocks a translation with QA errors and keeps the entry as it was', () => {
    const outcome = run(unit('Ejecute ls en la doc', true), machine);
    expect(outcome.kind).toBe('blocked');
    expect(outcome.entry).toBe(machine);
    expect(outcome.findings.map((f) => f.code)).toContain('QA_PROTECTED_MISSING');
  });

  it('keeps a stale unit stale unless approved, and takes the reviewer comments', () => {
    const stale: TranslationEntry = { ...machine, state: 'stale', was: 'machine', source: 'Run `ls` on the docs', fingerprint: fingerprint('Run `ls` on the docs') };
    const commented = run(unit(stale.translation, false, { comments: ['new wording?'] }), stale);
    expect(commented).toMatchObject({ kind: 'applied', entry: { ...stale, notes: ['new wording?'] } });
    const approved = run(unit(stale.translation, true), stale);
    expect(approved.entry).toEqual({ ...machine, state: 'reviewed' });
  });

  it('never applies a translation made for an older source as current', () => {
    const old = unit('Ejecute `ls`', true, { source: 'Run `ls`' });
    const onCurrent = run(old, machine, true);
    expect(onCurrent.kind).toBe('conflict');
    expect(onCurrent.entry).toMatchObject({ translation: machine.translation, state: 'machine' });
    expect(onCurrent.entry?.notes?.[0]).toMatch(/^conflict: review\.po has a translation for an older source.*"Ejecute `ls`"$/);
    expect(run(old, onCurrent.entry, true).entry).toEqual(onCurrent.entry);
    const onMissing = run(old, undefined, true);
    expect(onMissing.entry).toMatchObject({ translation: 'Ejecute `ls`', state: 'stale', was: 'reviewed', source: 'Run `ls`', fingerprint: fingerprint('Run `ls`') });
  });
});
