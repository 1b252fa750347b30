import { markupSafe } from "../text/controls.ts";
/**
 * Static SVG drawn at build time: no script, no tiles, nothing fetched. Every mark
 * that leads somewhere is a link with its own accessible name, and pages list the
 * same figures beside the drawing, so nothing is only in the image.
 */

export function escapeXml(text: string): string {
  return markupSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface Bar {
  /** «تشرين الأول 2017: 3 تقارير»: the bar's accessible name and tooltip. */
  label: string;
  value: number;
  /** The month's page; null for a month with no reports (it has none). */
  url: string | null;
  /** The month's name under its bar, when the bars are few enough for it (hidden on a narrow screen). */
  month: string | null;
  /** The year under the bar where a year begins. */
  year: string | null;
}

/** Bars few enough that each can carry its value above it. */
const VALUES_SHOWN_UP_TO = 36;
/** Beyond this many bars, a narrow screen has no room for the values (`crowded`). */
const VALUES_ON_A_PHONE_UP_TO = 12;

/**
 * Reports per month as a bar chart, time running right to left as the page reads,
 * with its scale on the right. Text is sized by the stylesheet (`svg.chart text`),
 * which enlarges it on a narrow screen and hides the months' names there.
 */
export function timelineSvg(bars: readonly Bar[], title: string): string {
  const width = 640;
  const height = 260;
  const top = 28;
  const bottom = 56;
  const scaleWidth = 44;
  const end = 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = height - top - bottom;
  const step = bars.length ? (width - scaleWidth - end) / bars.length : 0;
  const barWidth = Math.min(48, Math.max(2, step * 0.7));
  const y = (value: number): number => height - bottom - (plot * value) / max;
  const scale = [...new Set([0, Math.round(max / 2), max])].map(
    (value) =>
      `<line x1="${end}" x2="${width - scaleWidth}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" class="${value === 0 ? "axis" : "grid"}"/>` +
      `<text x="${width - scaleWidth + 6}" y="${(y(value) + 5).toFixed(1)}" text-anchor="start" class="tick">${value}</text>`,
  );
  const parts = bars.map((bar, i) => {
    const h = (plot * bar.value) / max;
    const x = width - scaleWidth - step * (i + 1) + (step - barWidth) / 2;
    const middle = (x + barWidth / 2).toFixed(1);
    const rect = `<rect x="${x.toFixed(1)}" y="${y(bar.value).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" class="bar"/>`;
    const value = bar.value && bars.length <= VALUES_SHOWN_UP_TO ? `<text x="${middle}" y="${(y(bar.value) - 6).toFixed(1)}" text-anchor="middle" class="value">${bar.value}</text>` : "";
    const drawn = bar.url
      ? `<a href="${escapeXml(bar.url)}" aria-label="${escapeXml(bar.label)}"><title>${escapeXml(bar.label)}</title>${rect}${value}</a>`
      : `<g><title>${escapeXml(bar.label)}</title>${rect}</g>`;
    const month = bar.month === null ? "" : `<text x="${middle}" y="${height - bottom + 20}" text-anchor="middle" class="tick minor">${escapeXml(bar.month)}</text>`;
    const year = bar.year === null ? "" : `<text x="${middle}" y="${height - bottom + 44}" text-anchor="middle" class="tick">${escapeXml(bar.year)}</text>`;
    return drawn + month + year;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escapeXml(title)}" class="chart${bars.length > VALUES_ON_A_PHONE_UP_TO ? " crowded" : ""}" direction="ltr">${scale.join("")}${parts.join("")}</svg>`;
}

export interface MapPoint {
  name: string;
  lat: number;
  lon: number;
  /** The place the page is about. */
  main: boolean;
  url: string;
  /** Reports of the place and its sub-places: the dot's size. */
  reports: number;
  /** «الحويقة: 3 تقارير»: the dot's accessible name and tooltip. */
  label: string;
}

/** The map's drawing, and the names it had no room to write (their dots are there, and listed). */
export interface MapDrawing {
  svg: string;
  unlabelled: string[];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const MAP_WIDTH = 480;
const MAP_HEIGHT = 320;
const MAP_PAD = 44;
/** The labels' size in the drawing's units; the map is never drawn wider than its own width. */
const LABEL_SIZE = 16;
/**
 * A letter's width, and how far a line of text reaches above and below its
 * baseline, as fractions of the size: generous, since the reader's font decides
 * (DejaVu's Arabic runs to 0.66 of the size a letter, Noto Naskh's reaches lower).
 */
const LETTER_WIDTH = 0.7 * LABEL_SIZE;
const ASCENT = 1.0;
const DESCENT = 0.45;
const DOT_MIN = 4;
const DOT_MAX = 13;

/**
 * Places on a plain equirectangular plot, north up and east right (as every map),
 * each dot a link sized by its reports (by area). Labels are placed largest place
 * first, beside its dot, above, below or at a corner; one that would cover another
 * label or dot anywhere is left out and named in `unlabelled`.
 */
export function mapSvg(points: readonly MapPoint[], title: string): MapDrawing {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const spanLat = Math.max(0.02, Math.max(...lats) - Math.min(...lats));
  const spanLon = Math.max(0.02, Math.max(...lons) - Math.min(...lons));
  const midLat = (Math.max(...lats) + Math.min(...lats)) / 2;
  const midLon = (Math.max(...lons) + Math.min(...lons)) / 2;
  const scale = Math.min((MAP_WIDTH - 2 * MAP_PAD) / spanLon, (MAP_HEIGHT - 2 * MAP_PAD) / spanLat);
  const most = Math.max(1, ...points.map((p) => p.reports));
  const placed = [...points]
    .sort((a, b) => Number(b.main) - Number(a.main) || b.reports - a.reports || (a.name < b.name ? -1 : 1))
    .map((p) => ({
      point: p,
      x: MAP_WIDTH / 2 + (p.lon - midLon) * scale,
      y: MAP_HEIGHT / 2 - (p.lat - midLat) * scale,
      r: DOT_MIN + (DOT_MAX - DOT_MIN) * Math.sqrt(p.reports / most),
    }));
  const taken: Box[] = placed.map(({ x, y, r }) => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }));
  const unlabelled: string[] = [];
  const items = placed.map(({ point, x, y, r }) => {
    const width = point.name.length * LETTER_WIDTH;
    const gap = r + 4;
    // Where the text's box is, from its anchor and baseline (what `text-anchor` and `y` say).
    const label = (tx: number, ty: number, anchor: "start" | "middle" | "end"): { box: Box; tx: number; ty: number; anchor: string } => {
      const x0 = anchor === "end" ? tx - width : anchor === "middle" ? tx - width / 2 : tx;
      return { box: { x0, y0: ty - ASCENT * LABEL_SIZE, x1: x0 + width, y1: ty + DESCENT * LABEL_SIZE }, tx, ty, anchor };
    };
    const beside = y + ((ASCENT - DESCENT) / 2) * LABEL_SIZE;
    const candidates = [
      label(x - gap, beside, "end"),
      label(x + gap, beside, "start"),
      label(x, y - gap - DESCENT * LABEL_SIZE, "middle"),
      label(x, y + gap + ASCENT * LABEL_SIZE, "middle"),
      // Then the corners, where a crowd of dots along a river leaves room.
      label(x - r, y - r - DESCENT * LABEL_SIZE, "end"),
      label(x + r, y - r - DESCENT * LABEL_SIZE, "start"),
      label(x - r, y + r + ASCENT * LABEL_SIZE, "end"),
      label(x + r, y + r + ASCENT * LABEL_SIZE, "start"),
    ];
    const fits = candidates.find(({ box }) => box.x0 >= 0 && box.x1 <= MAP_WIDTH && box.y0 >= 0 && box.y1 <= MAP_HEIGHT && !taken.some((other) => overlaps(box, other)));
    if (fits) taken.push(fits.box);
    else unlabelled.push(point.name);
    const text = fits ? `<text x="${fits.tx.toFixed(1)}" y="${fits.ty.toFixed(1)}" text-anchor="${fits.anchor}" class="label${point.main ? " main" : ""}">${escapeXml(point.name)}</text>` : "";
    return `<a href="${escapeXml(point.url)}" aria-label="${escapeXml(point.label)}"><title>${escapeXml(point.label)}</title><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" class="${point.main ? "dot main" : "dot"}"/>${text}</a>`;
  });
  // The largest dots are drawn first, so a small one on top of a large one stays reachable.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-label="${escapeXml(title)}" class="map" direction="ltr"><rect x="0" y="0" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" class="ground"/>${items.join("")}</svg>`;
  return { svg, unlabelled };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
