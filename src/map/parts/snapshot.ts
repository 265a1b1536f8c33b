// Copies of the map as drawn, for the PNG export and print: each request (a new id) is answered
// once with a `snapshot` event, which also carries what a page needs around the map (scale,
// north, the venue markers the canvas does not hold).
import type { MarkerOnCopy, SnapshotRequest } from '../types';
import type { PartContext } from './context';

export class Snapshots {
  private lastId: number | null = null;

  constructor(
    private readonly ctx: PartContext,
    private readonly markers: () => MarkerOnCopy[],
  ) {}

  update(request: SnapshotRequest | null): void {
    if (!request || request.id === this.lastId) return;
    this.lastId = request.id;
    this.take(request);
  }

  /**
   * The copy is taken at the first idle after the request: every change the same input made (a
   * style's new colours, its tiles) has been drawn, and WebGL's drawing buffer still holds the
   * frame ('idle' is fired in the task that drew it).
   */
  private take({ id, pixelRatio, names }: SnapshotRequest): void {
    const { map } = this.ctx;
    const previous = map.getPixelRatio();
    // A worksheet's copy: every layer of names hidden for the one frame, then shown again.
    const hidden = names
      ? []
      : map
          .getStyle()
          .layers.filter((layer) => layer.type === 'symbol')
          .filter((layer) => map.getLayoutProperty(layer.id, 'visibility') !== 'none')
          .map((layer) => layer.id);
    map.once('idle', () => {
      const source = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      canvas.getContext('2d')!.drawImage(source, 0, 0);
      if (pixelRatio !== previous) map.setPixelRatio(previous);
      for (const layer of hidden) map.setLayoutProperty(layer, 'visibility', 'visible');
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      const markers = names
        ? this.markers()
        : this.markers().map((marker) => ({ ...marker, name: '' }));
      this.ctx.emit({
        type: 'snapshot',
        origin: 'map',
        id,
        snapshot: {
          canvas,
          width,
          height,
          metresPerPixel: this.metresPerPixel(width, height),
          bearing: map.getBearing(),
          markers,
        },
      });
    });
    for (const layer of hidden) map.setLayoutProperty(layer, 'visibility', 'none');
    if (pixelRatio !== previous) map.setPixelRatio(pixelRatio);
    map.triggerRepaint();
  }

  /** Ground distance per pixel along a line through the map's middle. */
  private metresPerPixel(width: number, height: number): number {
    const { map } = this.ctx;
    const span = Math.max(1, Math.round(width / 4));
    const a = map.unproject([width / 2 - span / 2, height / 2]);
    const b = map.unproject([width / 2 + span / 2, height / 2]);
    return a.distanceTo(b) / span;
  }
}
