// Types of build-downloads.mjs for the unit tests.
import type { FeatureCollection } from 'geojson';

export const DOWNLOAD_DIR: string;
export const INPUTS: string[];
export const PROJECT_LICENCE: { licence: string; url: string; attribution: string };
export function toCsv(rows: Record<string, unknown>[]): string;
export function buildDownloads(inputs: {
  data: unknown;
  islands: FeatureCollection;
  lines: FeatureCollection;
  inputs: { path: string; sha256: string }[];
}): Map<string, string>;
export function inputRecords(): { path: string; sha256: string }[];
