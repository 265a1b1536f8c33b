// The check every derived file of geodata/derived shares: its provenance record matches the file
// and each input it names.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const root = join(__dirname, '..', '..', '..');
export const readFromRoot = (path: string) => readFileSync(join(root, path), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** `output` is the derived file's path from the repository's root. */
export function expectRecordMatches(output: string): void {
  const text = readFromRoot(output);
  const record = JSON.parse(readFromRoot(`${output}.source.json`));
  expect(record.output).toBe(output);
  expect(record.sha256).toBe(sha256(text));
  expect(record.bytes).toBe(Buffer.byteLength(text));
  for (const input of record.inputs) {
    expect(input.sha256, input.path).toBe(sha256(readFromRoot(input.path)));
  }
}
