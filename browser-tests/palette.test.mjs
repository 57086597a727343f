// The canvas colours of the planning page against WCAG 2 AA, where axe-core cannot look (it
// reads the document, not the pixels of a canvas): every label's text at least 4.5:1 against
// the box it is drawn on, whatever lies behind that box, faded or not; every node's outline,
// every tie and the path and selection marks at least 3:1 against the canvas (non-text
// contrast). Plain Node, no browser: run.sh runs it before starting the application.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ATTITUDE_COLOURS, GRAPH, POWER_MAP, contrast, luminance, over } from '../src/main/resources/app/palette.js'

const TEXT = 4.5
const GRAPHIC = 3

function atLeast(ratio, min, what) {
  assert.ok(ratio >= min, `${what}: ${ratio.toFixed(2)}:1 is below ${min}:1`)
}

test('the contrast arithmetic gives the WCAG reference values', () => {
  assert.equal(contrast('#000000', '#ffffff'), 21)
  assert.equal(contrast('#777777', '#777777'), 1)
  assert.equal(luminance('#ffffff'), 1)
  // #767676 is the lightest grey that passes 4.5:1 on white, #777777 fails it
  assert.ok(contrast('#767676', '#ffffff') >= 4.5)
  assert.ok(contrast('#777777', '#ffffff') < 4.5)
  assert.equal(over('#000000', 0.5, '#ffffff'), '#808080')
  assert.throws(() => luminance('red'))
})

// everything that can lie behind a label's half-opaque box: the canvas, a node, a tie, a mark
const behind = {
  canvas: GRAPH.canvas,
  ...Object.fromEntries(Object.entries(ATTITUDE_COLOURS).map(([k, v]) => [`${k} node`, v])),
  'colleague node': GRAPH.colleague,
  'node border': GRAPH.personBorder,
  'knows tie': GRAPH.knows,
  'influences tie': GRAPH.influences,
  'reports-to tie': GRAPH.reportsTo,
  'conflict tie': GRAPH.conflict,
  'path mark': GRAPH.path,
  'selection mark': GRAPH.selected
}

for (const [name, ink, fades] of [['a person\'s label', GRAPH.label, true], ['a colleague\'s label', GRAPH.colleagueLabel, true], ['an outsider\'s label', GRAPH.outsiderLabel, false]]) {
  test(`${name} reads at 4.5:1 on its box over anything behind it`, () => {
    for (const [what, colour] of Object.entries(behind)) {
      const box = over(GRAPH.labelBox, GRAPH.labelBoxOpacity, colour)
      atLeast(contrast(ink, box), TEXT, `${name} over ${what}`)
      if (!fades) continue
      // a faded node is drawn at its opacity, label and box included, over the canvas
      const fadedBox = over(GRAPH.labelBox, GRAPH.labelBoxOpacity * GRAPH.fadedNodeOpacity, colour)
      atLeast(contrast(over(ink, GRAPH.fadedNodeOpacity, fadedBox), fadedBox), TEXT, `faded ${name} over ${what}`)
    }
  })
}

test('every node shows an outline of at least 3:1 against the canvas, faded or not', () => {
  for (const opacity of [1, GRAPH.fadedNodeOpacity]) {
    atLeast(contrast(over(GRAPH.personBorder, opacity, GRAPH.canvas), GRAPH.canvas), GRAPHIC, `person outline at ${opacity}`)
    atLeast(contrast(over(GRAPH.colleague, opacity, GRAPH.canvas), GRAPH.canvas), GRAPHIC, `colleague at ${opacity}`)
  }
  atLeast(contrast(GRAPH.outsiderBorder, GRAPH.canvas), GRAPHIC, 'outsider outline')
})

test('every kind of tie stands at 3:1 against the canvas, faded or not', () => {
  for (const [kind, colour] of Object.entries({ knows: GRAPH.knows, influences: GRAPH.influences, 'reports to': GRAPH.reportsTo, conflict: GRAPH.conflict })) {
    for (const opacity of [GRAPH.edgeOpacity, GRAPH.fadedEdgeOpacity]) {
      atLeast(contrast(over(colour, opacity, GRAPH.canvas), GRAPH.canvas), GRAPHIC, `${kind} tie at ${opacity}`)
    }
  }
})

test('the path and the keyboard selection are marked at 3:1 against the canvas and apart from each other', () => {
  atLeast(contrast(GRAPH.path, GRAPH.canvas), GRAPHIC, 'path mark')
  atLeast(contrast(GRAPH.selected, GRAPH.canvas), GRAPHIC, 'selection mark')
  atLeast(contrast(GRAPH.selected, GRAPH.path), GRAPHIC, 'selection against path mark')
})

test('the power map words read at 4.5:1 and its points are outlined at 3:1', () => {
  for (const [what, ink] of Object.entries({ 'point label': POWER_MAP.label, 'quadrant name': POWER_MAP.quadrant, 'axis word': POWER_MAP.axis })) {
    atLeast(contrast(ink, POWER_MAP.background), TEXT, what)
  }
  atLeast(contrast(POWER_MAP.border, POWER_MAP.background), GRAPHIC, 'point outline')
})
