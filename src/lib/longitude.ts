/** A longitude in -180..180: the map's centre goes beyond after a pan across the antimeridian. */
export function wrapLongitude(lng: number): number {
  return lng >= -180 && lng <= 180 ? lng : (((lng % 360) + 540) % 360) - 180;
}
