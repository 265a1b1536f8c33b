// The download folder's manifest (public/data/download/manifest.json, written by
// geodata/scripts/build-downloads.mjs): the parts of it the Data view shows.
import { DATA_URL } from '../map/viewOptions';

export const DOWNLOAD_URL = `${DATA_URL}/download`;

export interface Licence {
  /** What the licence covers: the project's data, or another data set's geometry or coordinates. */
  covers: 'data' | 'geometry' | 'coordinates';
  licence: string;
  url: string;
  /** The data set's source id (absent for the project's own data). */
  source?: string;
}

export interface DownloadFile {
  name: string;
  format: 'csv' | 'json' | 'geojson';
  group: string;
  bytes: number;
  /** Rows or features; null for the whole record. */
  records: number | null;
  licences: Licence[];
}

export interface Manifest {
  readme: string;
  files: DownloadFile[];
}

/** The files by group, in the manifest's order. */
export function groupFiles(files: DownloadFile[]): [string, DownloadFile[]][] {
  const groups = new Map<string, DownloadFile[]>();
  for (const file of files) groups.set(file.group, [...(groups.get(file.group) ?? []), file]);
  return [...groups];
}

export async function fetchManifest(): Promise<Manifest> {
  const response = await fetch(`${DOWNLOAD_URL}/manifest.json`);
  if (!response.ok) throw new Error(`manifest.json: HTTP ${response.status}`);
  return (await response.json()) as Manifest;
}
