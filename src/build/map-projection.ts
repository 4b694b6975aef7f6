import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';

/** The committed boundary file (fixtures/geo/puyang-counties.json), as far as the map needs it. */
export interface BoundaryCollection {
  type: 'FeatureCollection';
  attribution: string;
  features: readonly {
    type: 'Feature';
    id: string;
    properties: { code: string; name: string };
    geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
  }[];
}

/** The map's design box in SVG units; the SVG scales to its frame through its viewBox. */
export const MAP_WIDTH = 420;
export const MAP_HEIGHT = 340;

/** What the build hands the app (`virtual:county-map-areas`): the design box and its areas. */
export interface ProjectedMap {
  width: number;
  height: number;
  areas: readonly ProjectedArea[];
}

export interface ProjectedArea {
  id: string;
  path: string;
  /** Where the label goes (the area's centroid on screen). */
  labelAt: [number, number];
}

type Feature = BoundaryCollection['features'][number];

/**
 * d3-geo reads rings with the opposite winding to GeoJSON's right-hand rule: a ring wound the
 * other way means "the whole globe except this county". Rewind any feature that covers more
 * than a hemisphere.
 */
function rewind(feature: Feature): Feature {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  return {
    ...feature,
    geometry: {
      ...feature.geometry,
      coordinates: feature.geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())),
    },
  };
}

/**
 * Projects the boundaries into a fixed box, deterministically. The app does not call this at run
 * time: the build does, once (the `virtual:county-map-areas` module of src/build/node/vite-plugins.ts), so neither
 * d3-geo nor the boundary file reaches the browser. Paths keep one decimal: a tenth of an SVG unit
 * is far below a pixel even on a 4K screen.
 */
export function projectAreas(collection: BoundaryCollection, width: number, height: number, pad = 8): ProjectedArea[] {
  const features = collection.features.map(rewind);
  const fc = { type: 'FeatureCollection', features } as GeoPermissibleObjects;
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    fc,
  );
  const path = geoPath(projection).digits(1);
  return features.map((f) => {
    const [x, y] = path.centroid(f);
    return {
      id: f.id,
      path: path(f) ?? '',
      labelAt: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
    };
  });
}
