// Land polygons from GSHHG (Wessel and Smith) at full resolution, read through GMT's `coast`.
// GMT stores the shorelines in bins and writes them piece by piece, cut at the bins' edges and at
// the edges of the requested box; this module joins the pieces back into closed rings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { debianVersion, sha256 } from './lib.mjs';

/**
 * The pinned input: the binned full-resolution shorelines of Debian's gmt-gshhg-full, read with
 * Debian's gmt. Both are needed only to rebuild (apt-get install gmt gmt-gshhg-full).
 */
export const GSHHG = {
  package: 'gmt-gshhg-full',
  source: 'Debian 12 (apt-get install gmt gmt-gshhg-full)',
  version: '2.3.7',
  debianVersion: '2.3.7-6',
  directory: '/usr/share/gmt-gshhg',
  file: 'binned_GSHHS_f.nc',
  sha256: '3b0c146b7ac3af37daebc44bc66cce5bc2703ca7f42e84e680f3efd5dcc08dc3',
  licence: 'LGPL-3.0-or-later',
  attribution: 'GSHHG, P. Wessel and W. H. F. Smith',
  origin:
    'GSHHG 2.3.7 (Global Self-consistent, Hierarchical, High-resolution Geography Database), full resolution, level 1 (ocean shorelines)',
};
export const GMT = {
  package: 'gmt',
  source: 'Debian 12',
  version: '6.4.0',
  debianVersion: '6.4.0+dfsg-2',
  licence: 'LGPL-3.0-or-later',
  role: 'reads the binned shorelines (gmt coast -M)',
};

/** Checks that the pinned Debian packages are installed and the shoreline file is the pinned one. */
function checkInputs() {
  for (const { package: pkg, debianVersion: pinned } of [GSHHG, GMT]) {
    const installed = debianVersion(pkg);
    if (installed !== pinned)
      throw new Error(
        `${pkg} ${pinned} is needed to rebuild (found ${installed ?? 'none'}): apt-get install -y gmt gmt-gshhg-full`,
      );
  }
  const path = realpathSync(join(GSHHG.directory, GSHHG.file));
  const digest = sha256(readFileSync(path));
  if (digest !== GSHHG.sha256)
    throw new Error(`${path}: sha256 ${digest} does not match the pinned ${GSHHG.sha256}`);
}

/** The shoreline pieces GMT writes for a box, as lists of [lon, lat]. */
function shorelinePieces([west, south, east, north]) {
  const scratch = mkdtempSync(join(tmpdir(), 'gshhg-'));
  const text = execFileSync(
    'gmt',
    [
      'coast',
      `-R${west}/${east}/${south}/${north}`,
      '-Df',
      '-W',
      '-M',
      // Level 1 only: the sea's shore. Lakes (level 2) are filled.
      '-A0/1/1',
      `--DIR_GSHHG=${GSHHG.directory}`,
      '--FORMAT_FLOAT_OUT=%.7f',
    ],
    // In a folder of its own: GMT leaves a gmt.history file where it runs.
    { encoding: 'utf8', maxBuffer: 1 << 30, cwd: scratch },
  );
  rmSync(scratch, { recursive: true, force: true });
  const pieces = [];
  let piece = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      piece = [];
      pieces.push(piece);
    } else if (line.trim()) {
      piece.push(line.trim().split(/\s+/).map(Number));
    }
  }
  return pieces.filter((p) => p.length > 1);
}

const key = ([x, y]) => `${x.toFixed(7)},${y.toFixed(7)}`;
const closed = (chain) => key(chain[0]) === key(chain[chain.length - 1]);

/** Joins pieces whose end is another's start, until no two chains meet. */
function joinPieces(pieces) {
  const byStart = new Map(pieces.map((p) => [key(p[0]), p]));
  const byEnd = new Map(pieces.map((p) => [key(p[p.length - 1]), p]));
  const used = new Set();
  const chains = [];
  for (const piece of pieces) {
    if (used.has(piece)) continue;
    // Walk back to the first piece of an open chain, so each chain is built from its start.
    let first = piece;
    const seen = new Set([first]);
    for (;;) {
      const before = byEnd.get(key(first[0]));
      if (!before || seen.has(before) || used.has(before)) break;
      seen.add(before);
      first = before;
    }
    const chain = [...first];
    used.add(first);
    for (;;) {
      const next = byStart.get(key(chain[chain.length - 1]));
      if (!next || used.has(next)) break;
      used.add(next);
      chain.push(...next.slice(1));
    }
    chains.push(chain);
  }
  return chains;
}

/**
 * Position of a point on the box's edge, counter-clockwise from the south-west corner, as a
 * distance along the perimeter in degrees.
 */
function perimeterPosition([x, y], [west, south, east, north]) {
  const w = east - west;
  const h = north - south;
  const eps = 1e-6;
  if (Math.abs(y - south) < eps) return x - west;
  if (Math.abs(x - east) < eps) return w + (y - south);
  if (Math.abs(y - north) < eps) return w + h + (east - x);
  if (Math.abs(x - west) < eps) return 2 * w + h + (north - y);
  return null;
}

/** The box's corners passed going counter-clockwise from one perimeter position to another. */
function cornersBetween(from, to, box) {
  const [west, south, east, north] = box;
  const w = east - west;
  const h = north - south;
  const total = 2 * (w + h);
  const corners = [
    [w, [east, south]],
    [w + h, [east, north]],
    [2 * w + h, [west, north]],
    [total, [west, south]],
  ];
  const span = (to - from + total) % total;
  const out = [];
  for (let lap = 0; lap < 2; lap += 1) {
    for (const [position, corner] of corners) {
      const along = position + lap * total - from;
      if (along > 0 && along < span) out.push({ along, corner });
    }
  }
  return out.sort((a, b) => a.along - b.along).map((c) => c.corner);
}

/**
 * Closes the chains cut by the box along its edge. GSHHG's shorelines keep the land on their
 * left (closed rings run counter-clockwise), so from where a chain leaves the box the land
 * follows the edge counter-clockwise to where the next chain enters.
 */
function closeAlongBox(open, box) {
  const total = 2 * (box[2] - box[0] + box[3] - box[1]);
  const entries = open.map((chain) => {
    const start = perimeterPosition(chain[0], box);
    const end = perimeterPosition(chain[chain.length - 1], box);
    if (start === null || end === null)
      throw new Error(`a shoreline piece ends inside the box at ${chain[chain.length - 1]}`);
    return { chain, start, end };
  });
  const rings = [];
  const done = new Set();
  for (const first of entries) {
    if (done.has(first)) continue;
    const ring = [];
    let current = first;
    while (!done.has(current)) {
      done.add(current);
      ring.push(...current.chain);
      const from = current.end;
      const next = entries
        .map((e) => ({ e, along: (e.start - from + total) % total }))
        .sort((a, b) => a.along - b.along)[0].e;
      ring.push(...cornersBetween(from, next.start, box));
      current = next;
    }
    ring.push(ring[0]);
    rings.push(ring);
  }
  return rings;
}

/**
 * GSHHG level-1 land inside the box (W, S, E, N) as exterior rings, counter-clockwise, closed;
 * land that the box cuts is closed along its edge.
 */
export function readGshhgLand(box) {
  checkInputs();
  const chains = joinPieces(shorelinePieces(box));
  const rings = chains.filter((c) => closed(c) && c.length >= 4);
  const open = chains.filter((c) => !closed(c));
  return [...rings, ...closeAlongBox(open, box)];
}

/** How a file built from the land outputs credits GSHHG. */
export const GSHHG_DERIVED = {
  licence: 'LGPL-3.0-or-later',
  attribution: GSHHG.attribution,
  origin: `built by geodata/scripts/build-land.mjs from GSHHG ${GSHHG.version} full resolution (Debian ${GSHHG.package} ${GSHHG.debianVersion})`,
};
