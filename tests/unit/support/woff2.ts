// Reads the characters a WOFF2 font maps (its cmap), to check a subset against the text it must draw.
// WOFF2 (W3C): a table directory, then every table in one Brotli stream; cmap is never transformed.
import { brotliDecompressSync } from 'node:zlib';

/** The tags WOFF2 numbers in its table directory, in order (WOFF2 section 4.1). */
const KNOWN_TAGS =
  'cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG_ sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill'
    .split(' ')
    // Tags are four characters: 'cvt ', 'CFF ' and 'SVG ' end in a space.
    .map((tag) => tag.replace('_', ' '));

function tablesOf(font: Buffer): Map<string, Buffer> {
  if (font.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
  const numTables = font.readUInt16BE(12);
  const compressedLength = font.readUInt32BE(20);
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i += 1) {
      const byte = font[at++];
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error('bad UIntBase128');
  };
  const entries: { tag: string; length: number }[] = [];
  for (let i = 0; i < numTables; i += 1) {
    const flags = font[at++];
    const tag =
      (flags & 0x3f) === 0x3f ? font.toString('latin1', at, (at += 4)) : KNOWN_TAGS[flags & 0x3f];
    const original = base128();
    // glyf and loca are transformed unless their version is 3; other tables only if it is not 0.
    const version = flags >> 6;
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    entries.push({ tag, length: transformed ? base128() : original });
  }
  const stream = brotliDecompressSync(font.subarray(at, at + compressedLength));
  const tables = new Map<string, Buffer>();
  let offset = 0;
  for (const { tag, length } of entries) {
    tables.set(tag, stream.subarray(offset, offset + length));
    offset += length;
  }
  return tables;
}

/** The code points the font's Unicode cmap subtables (formats 4 and 12) map to a glyph. */
export function woff2CodePoints(font: Buffer): Set<number> {
  const cmap = tablesOf(font).get('cmap');
  if (!cmap) throw new Error('no cmap table');
  const points = new Set<number>();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i += 1) {
    const table = cmap.subarray(cmap.readUInt32BE(4 + i * 8 + 4));
    const format = table.readUInt16BE(0);
    if (format === 4) {
      const segments = table.readUInt16BE(6) / 2;
      const ends = 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s += 1) {
        const start = table.readUInt16BE(starts + s * 2);
        const end = table.readUInt16BE(ends + s * 2);
        const delta = table.readInt16BE(deltas + s * 2);
        const rangeOffset = table.readUInt16BE(rangeOffsets + s * 2);
        for (let code = start; code <= end && code !== 0xffff; code += 1) {
          const glyph = rangeOffset
            ? table.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2)
            : (code + delta) & 0xffff;
          if (glyph !== 0) points.add(code);
        }
      }
    } else if (format === 12) {
      const groups = table.readUInt32BE(12);
      for (let g = 0; g < groups; g += 1) {
        const start = table.readUInt32BE(16 + g * 12);
        const end = table.readUInt32BE(20 + g * 12);
        for (let code = start; code <= end; code += 1) points.add(code);
      }
    }
  }
  return points;
}
