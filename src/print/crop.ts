// A copy of the map cut to a box (paper.ts clearBox): its canvas, size and markers.
import type { Snapshot } from '../map/types';
import type { Box } from './paper';

export function cropSnapshot(snapshot: Snapshot, box: Box): Snapshot {
  const ratio = snapshot.canvas.width / snapshot.width;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * ratio);
  canvas.height = Math.round(box.height * ratio);
  canvas
    .getContext('2d')!
    .drawImage(
      snapshot.canvas,
      box.x * ratio,
      box.y * ratio,
      canvas.width,
      canvas.height,
      0,
      0,
      canvas.width,
      canvas.height,
    );
  const markers = snapshot.markers
    .map((marker) => ({ ...marker, x: marker.x - box.x, y: marker.y - box.y }))
    .filter(({ x, y }) => x >= 0 && y >= 0 && x <= box.width && y <= box.height);
  return { ...snapshot, canvas, width: box.width, height: box.height, markers };
}
