import { markupSafe } from "../text/controls.ts";
/**
 * Static SVG drawn at build time: no script, no tiles, nothing fetched. The images
 * hold no links (an image with links inside is not accessible); pages list them beside.
 */

export function escapeXml(text: string): string {
  return markupSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface Bar {
  label: string;
  /** Shown under the bar when set (one in every few, so labels do not collide). */
  tick: string | null;
  value: number;
}

/** Reports per month as a bar chart; time runs right to left, as the page reads. */
export function timelineSvg(bars: readonly Bar[], title: string): string {
  const width = 720;
  const height = 200;
  const top = 16;
  const bottom = 36;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = bars.length ? (width - 20) / bars.length : 0;
  const barWidth = Math.max(2, step * 0.7);
  const parts = bars.map((bar, i) => {
    const h = ((height - top - bottom) * bar.value) / max;
    const x = width - 10 - step * (i + 1) + (step - barWidth) / 2;
    const y = height - bottom - h;
    const rect = `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" class="bar"><title>${escapeXml(`${bar.label}: ${bar.value}`)}</title></rect>`;
    const tick = bar.tick === null ? "" : `<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" class="tick">${escapeXml(bar.tick)}</text>`;
    return rect + tick;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" class="chart" direction="ltr"><line x1="10" x2="${width - 10}" y1="${height - bottom}" y2="${height - bottom}" class="axis"/>${parts.join("")}</svg>`;
}

export interface MapPoint {
  name: string;
  lat: number;
  lon: number;
  main: boolean;
}

/** Places on a plain equirectangular plot, north up and east right (as every map). */
export function mapSvg(points: readonly MapPoint[], title: string): string {
  const width = 480;
  const height = 260;
  const pad = 40;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const spanLat = Math.max(0.02, Math.max(...lats) - Math.min(...lats));
  const spanLon = Math.max(0.02, Math.max(...lons) - Math.min(...lons));
  const midLat = (Math.max(...lats) + Math.min(...lats)) / 2;
  const midLon = (Math.max(...lons) + Math.min(...lons)) / 2;
  const scale = Math.min((width - 2 * pad) / spanLon, (height - 2 * pad) / spanLat);
  const items = points.map((p) => {
    const x = width / 2 + (p.lon - midLon) * scale;
    const y = height / 2 - (p.lat - midLat) * scale;
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${p.main ? 7 : 4}" class="${p.main ? "dot main" : "dot"}"/><text x="${(x - 10).toFixed(1)}" y="${(y + 4).toFixed(1)}" text-anchor="end" class="label">${escapeXml(p.name)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" class="map" direction="ltr"><rect x="0" y="0" width="${width}" height="${height}" class="ground"/>${items.join("")}</svg>`;
}
