import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { staleTempFiles, writeIfChanged } from './json-writer.js';

describe('writeIfChanged', () => {
  it('writes only when the text differs', async () => {
    const file = join(tempDir(), 'a', 'fr.json');
    expect(await writeIfChanged(file, '{}\n')).toBe(true);
    expect(await writeIfChanged(file, '{}\n')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('{}\n');
  });

  it('removes the temp files a writer killed mid-write left beside the file, and nothing else', async () => {
    const dir = tempDir();
    const file = join(dir, 'package.json');
    // What write-file-atomic leaves when its process dies between writing the temp file and the rename.
    writeFileSync(join(dir, 'package.json.3562668473'), '');
    writeFileSync(join(dir, 'package.json.12'), '{"half":');
    // Look-alikes that are not its temp files stay.
    for (const name of ['package.json.bak', 'package.json.1.orig', 'other.json.3562668473', 'package.json.12345678901']) writeFileSync(join(dir, name), 'keep');
    expect((await staleTempFiles(file)).map((path) => path.slice(dir.length + 1)).sort()).toEqual(['package.json.12', 'package.json.3562668473']);
    expect(await writeIfChanged(file, '{"name":"x"}\n')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['other.json.3562668473', 'package.json', 'package.json.1.orig', 'package.json.12345678901', 'package.json.bak']);
    expect(existsSync(join(dir, 'package.json.3562668473'))).toBe(false);
  });

  it('an unchanged file is not written, and its leftover temp file is removed all the same', async () => {
    const dir = tempDir();
    const file = join(dir, 'fr.json');
    await writeIfChanged(file, 'x');
    writeFileSync(join(dir, 'fr.json.77'), '');
    expect(await writeIfChanged(file, 'x')).toBe(false);
    expect(readdirSync(dir)).toEqual(['fr.json']);
  });
});
