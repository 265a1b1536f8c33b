// Copies of the map as drawn, for the PNG export: each request (a new id) is answered once with
// a `snapshot` event.
import type { SnapshotRequest } from '../types';
import type { PartContext } from './context';

export class Snapshots {
  private lastId: number | null = null;

  constructor(private readonly ctx: PartContext) {}

  update(request: SnapshotRequest | null): void {
    if (!request || request.id === this.lastId) return;
    this.lastId = request.id;
    this.take(request);
  }

  /** The copy is taken inside the render event, while WebGL's drawing buffer still holds the frame. */
  private take({ id, pixelRatio }: SnapshotRequest): void {
    const { map } = this.ctx;
    const previous = map.getPixelRatio();
    map.once('render', () => {
      const source = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      canvas.getContext('2d')!.drawImage(source, 0, 0);
      if (pixelRatio !== previous) map.setPixelRatio(previous);
      this.ctx.emit({ type: 'snapshot', origin: 'map', id, canvas });
    });
    if (pixelRatio !== previous) map.setPixelRatio(pixelRatio);
    map.triggerRepaint();
  }
}
