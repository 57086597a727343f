// The colours the page draws with inside its canvases (the Cytoscape graph, the ECharts power
// map), where axe-core cannot check contrast, and the WCAG 2 arithmetic to check them with.
// Pure data and functions, no DOM: browser-tests/palette.test.mjs imports this file in Node.

/** The attitude a person holds in this deal, as the node's fill. */
export const ATTITUDE_COLOURS = {
  SPONSOR: '#1b7837', SUPPORTER: '#7fbf7b', NEUTRAL: '#bdbdbd',
  NON_SUPPORTER: '#f4a582', OPPONENT: '#c62828', UNKNOWN: '#ffffff'
}

/**
 * The buying-centre graph. A label is drawn below its node on a half-opaque white box; a
 * faded element (not on the chosen path) is drawn at the given opacity, its label with it.
 */
export const GRAPH = {
  canvas: '#ffffff',
  label: '#1a1a1a',
  labelBox: '#ffffff',
  labelBoxOpacity: 0.8,
  personBorder: '#444444',
  colleague: '#1f5fa8',
  colleagueLabel: '#0b2e57',
  outsiderBorder: '#555555',
  outsiderLabel: '#333333',
  knows: '#6b6b6b',
  influences: '#595959',
  reportsTo: '#3949ab',
  conflict: '#c62828',
  path: '#b35000',
  selected: '#1a1a1a',
  edgeOpacity: 1,
  fadedNodeOpacity: 0.85,
  fadedEdgeOpacity: 0.75
}

/** The power map: point labels, quadrant names and axis words on the chart's white. */
export const POWER_MAP = {
  background: '#ffffff',
  label: '#1a1a1a',
  quadrant: '#3a3a3a',
  axis: '#4a4a4a',
  border: '#333333'
}

function channels(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`)
  return m.slice(1).map((x) => parseInt(x, 16))
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance(hex) {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The colour seen when `top` is painted at `opacity` over `below`. */
export function over(top, opacity, below) {
  const t = channels(top)
  const b = channels(below)
  return `#${t.map((c, i) => Math.round(c * opacity + b[i] * (1 - opacity)).toString(16).padStart(2, '0')).join('')}`
}
