// Brotli and gzip copies of a build's text files, written beside them at build time
// (`file.js.br`, `file.js.gz`), so a static server sends them compressed without compressing on
// each request (scripts/serve.mjs does; README, "Deploying"). Fonts and images are compressed
// already and are left alone; a copy that would not be smaller is not written.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|json|geojson|svg|txt)$/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const ENCODINGS = [
  {
    extension: '.br',
    compress: (data) =>
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
  },
  { extension: '.gz', compress: (data) => gzipped(data, { level: constants.Z_BEST_COMPRESSION }) },
];

/** Writes the compressed copies of every text file under dir; resolves with their count. */
export async function precompressDir(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && TEXT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const written = await Promise.all(
    files.flatMap((file) =>
      ENCODINGS.map(async ({ extension, compress }) => {
        const data = await readFile(file);
        const compressed = await compress(data);
        if (compressed.length >= data.length) return 0;
        await writeFile(file + extension, compressed);
        return 1;
      }),
    ),
  );
  return written.reduce((sum, count) => sum + count, 0);
}

/** A Vite plugin: precompresses the output folder once the build has written it. */
export function precompress() {
  let outDir = 'dist';
  let logger;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    async closeBundle() {
      const count = await precompressDir(outDir);
      logger.info(`${count} precompressed files (brotli, gzip) in ${outDir}`);
    },
  };
}
