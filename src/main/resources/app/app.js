// The deal-planning page: a small single-page app over the public REST API. Every figure,
// flag, sentence and path comes from the API's own answer, asked with the caller's API key
// and language, so the page cannot disagree with it. Page words come from /app/messages.

import { ATTITUDE_COLOURS, GRAPH, POWER_MAP } from './palette.js'
import { interactionForm } from './interaction.js'
import { tieTable } from './ties.js'

const KEY = 'dealgraph.key'
const LANG = 'dealgraph.lang'
export const state = { words: {}, lang: 'en', accounts: {}, deal: null }
const main = () => document.getElementById('main')

const INFLUENCE_SCORE = { LOW: 1, MEDIUM: 2, HIGH: 3 }
const ROLES = ['DECISION_MAKER', 'APPROVER', 'TECHNICAL_GATEKEEPER', 'USER', 'COACH', 'CHAMPION', 'INITIATOR', 'PURCHASER']
const ATTITUDES = ['SPONSOR', 'SUPPORTER', 'NEUTRAL', 'NON_SUPPORTER', 'OPPONENT', 'UNKNOWN']
const MODES = ['GROWTH', 'TROUBLE', 'EVEN_KEEL', 'OVERCONFIDENT', 'UNKNOWN']

export function t(key) {
  return state.words[key] ?? key
}

/** An element with attributes and children; text is always set as text, never as markup. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value)
    else if (name === 'text') el.textContent = value
    else el.setAttribute(name, value === true ? '' : value)
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue
    el.append(child instanceof Node ? child : document.createTextNode(String(child)))
  }
  return el
}

class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }
}

export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': state.lang, ...(options.headers ?? {}) }
  const key = sessionStorage.getItem(KEY)
  if (key) headers.Authorization = `Bearer ${key}`
  const response = await fetch(path, { ...options, headers })
  const body = response.status === 204 ? null : await response.json().catch(() => null)
  if (response.status === 401) {
    sessionStorage.removeItem(KEY)
  }
  if (!response.ok) throw new ApiError(response.status, body)
  return { body, etag: response.headers.get('ETag') }
}

async function loadWords() {
  const response = await fetch('/app/messages', { headers: { 'Accept-Language': state.lang } })
  state.words = await response.json()
  document.documentElement.lang = state.lang
  document.title = t('app.title')
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t)
}

function money(value, currency) {
  if (value === null || value === undefined) return '–'
  try {
    return new Intl.NumberFormat(state.lang, { style: 'currency', currency: currency ?? 'USD', maximumFractionDigits: 0 }).format(value)
  } catch {
    return `${value} ${currency ?? ''}`
  }
}

const percent = (p) => new Intl.NumberFormat(state.lang, { style: 'percent', maximumFractionDigits: 0 }).format(p)

function severity(sev) {
  return h('span', { class: `sev sev-${sev}` }, t(`app.severity.${sev}`))
}

function failed(error) {
  main().replaceChildren(h('div', { class: 'notice error', role: 'alert' }, `${t('app.failed')} ${error.message}`))
}

// ---------------------------------------------------------------- sign in

function signIn() {
  document.getElementById('signout').hidden = true
  const input = h('input', { type: 'password', id: 'key', name: 'key', autocomplete: 'off', required: true })
  const message = h('p', { role: 'alert', class: 'why' })
  const form = h('form', { class: 'card signin', onsubmit: async (event) => {
    event.preventDefault()
    sessionStorage.setItem(KEY, input.value.trim())
    try {
      await api('/api/v1/pipeline?size=1')
      route()
    } catch (error) {
      sessionStorage.removeItem(KEY)
      message.className = 'notice error'
      message.textContent = error.status === 401 ? t('app.signin.wrong') : `${t('app.failed')} ${error.message}`
    }
  } },
  h('h1', {}, t('app.signin.title')),
  h('p', {}, t('app.signin.intro')),
  h('label', { for: 'key' }, t('app.signin.key')), input,
  h('p', {}, h('button', { type: 'submit' }, t('app.signin.submit'))),
  message)
  main().replaceChildren(form)
  input.focus()
}

// ---------------------------------------------------------------- pipeline

async function pipeline() {
  main().replaceChildren(h('p', {}, t('app.loading')))
  const [rows, accounts] = await Promise.all([
    api('/api/v1/pipeline?size=200'),
    api('/api/v1/accounts?size=200').catch(() => ({ body: { items: [] } }))
  ])
  for (const account of accounts.body.items ?? []) state.accounts[account.id] = account.name
  const items = rows.body.items ?? []
  const filter = h('input', { type: 'search', id: 'filter' })
  const sort = h('select', { id: 'sort' },
    [['weightedValue', 'app.col.weighted'], ['probability', 'app.col.probability'], ['value', 'app.col.value'], ['name', 'app.col.deal'], ['stage', 'app.col.stage']]
      .map(([value, key]) => h('option', { value }, t(key))))
  const tbody = h('tbody')
  const total = h('p', { class: 'why' })
  const stageOrder = ['INTEREST', 'BREWING', 'DESIGN', 'COMPARISON', 'COMMITMENT', 'USE']
  const draw = () => {
    const needle = filter.value.trim().toLowerCase()
    const shown = items.filter((row) => !needle || [row.name, row.dealId, state.accounts[row.accountId] ?? row.accountId, t(`app.stage.${row.stage}`), row.stage]
      .some((text) => String(text ?? '').toLowerCase().includes(needle)))
    const by = sort.value
    shown.sort((a, b) => by === 'name' ? a.name.localeCompare(b.name, state.lang)
      : by === 'stage' ? stageOrder.indexOf(b.stage) - stageOrder.indexOf(a.stage)
        : (b[by] ?? 0) - (a[by] ?? 0))
    tbody.replaceChildren(...shown.map((row) => h('tr', { 'data-deal': row.dealId },
      h('td', {}, h('a', { href: `#/deal/${encodeURIComponent(row.dealId)}` }, row.name)),
      h('td', {}, row.accountId ? h('a', { href: `#/account/${encodeURIComponent(row.accountId)}` }, state.accounts[row.accountId] ?? row.accountId) : ''),
      h('td', {}, t(`app.stage.${row.stage}`)),
      h('td', { class: 'num' }, money(row.value, row.currency)),
      h('td', { class: 'num' }, percent(row.probability)),
      h('td', { class: 'num' }, money(row.weightedValue, row.currency)),
      h('td', {}, row.topRedFlag ? [severity(row.topRedFlag.severity), row.topRedFlag.message] : '–'))))
    if (shown.length === 0) tbody.append(h('tr', {}, h('td', { colspan: 7 }, t('app.pipeline.empty'))))
    const sums = {}
    for (const row of shown) sums[row.currency ?? 'USD'] = (sums[row.currency ?? 'USD'] ?? 0) + row.weightedValue
    total.textContent = `${t('app.pipeline.total')}: ${Object.entries(sums).map(([c, v]) => money(v, c)).join(' + ') || '–'}`
  }
  filter.addEventListener('input', draw)
  sort.addEventListener('change', draw)
  main().replaceChildren(h('h1', {}, t('app.pipeline.title')),
    h('div', { class: 'controls' },
      h('label', { for: 'filter' }, t('app.pipeline.filter'), filter),
      h('label', { for: 'sort' }, t('app.pipeline.sort'), sort)),
    h('div', { class: 'card scroll' }, h('table', { id: 'pipeline' },
      h('thead', {}, h('tr', {}, ['app.col.deal', 'app.col.account', 'app.col.stage', 'app.col.value', 'app.col.probability', 'app.col.weighted', 'app.col.flag']
        .map((key, i) => h('th', { scope: 'col', class: i >= 3 && i <= 5 ? 'num' : null }, t(key))))),
      tbody)),
    total)
  draw()
}

// ---------------------------------------------------------------- deal

function pathQuery(options) {
  const query = new URLSearchParams()
  if (options.via) query.set('via', options.via)
  if (options.avoid) query.set('avoid', options.avoid)
  if (options.includeOpponents) query.set('includeOpponents', 'true')
  const text = query.toString()
  return text ? `?${text}` : ''
}

export async function deal(id, notice) {
  const started = performance.now()
  if (!state.deal || state.deal.id !== id) {
    main().replaceChildren(h('p', {}, t('app.loading')))
    state.deal = { id, paths: { via: '', avoid: '', includeOpponents: false }, selected: 0 }
  }
  const d = state.deal
  const base = `/api/v1/deals/${encodeURIComponent(id)}`
  const [map, assessment, paths] = await Promise.all([api(`${base}/map`), api(`${base}/assessment`), api(`${base}/paths${pathQuery(d.paths)}`)])
  d.map = map.body
  d.etag = map.etag
  d.assessment = assessment.body
  d.pathAnswer = paths.body
  renderDeal(notice)
  performance.mark('dealgraph-deal-usable', { detail: { ms: performance.now() - started } })
  document.body.dataset.usable = id
}

function people() {
  const d = state.deal
  const lastContact = {}
  for (const tie of d.map.ties) {
    if (!tie.lastContact) continue
    for (const end of [tie.from, tie.to]) {
      if (!lastContact[end] || lastContact[end] < tie.lastContact) lastContact[end] = tie.lastContact
    }
  }
  return { lastContact }
}

function renderDeal(notice) {
  const d = state.deal
  const { deal: info, account } = d.map
  const a = d.assessment
  // the graph is one tab stop; arrow keys move from person to person inside it (drawGraph)
  const graph = h('div', { id: 'graph', tabindex: '0', role: 'application', 'aria-describedby': 'graph-keys graph-status',
    'aria-label': `${t('app.deal.graph')}: ${[...d.map.team.map((seat) => seat.colleague.name), ...d.map.stakeholders.map((s) => s.person.name)].join(', ')}` })
  const powermap = h('div', { id: 'powermap', role: 'img', 'aria-label': t('app.deal.powermap') })
  main().replaceChildren(
    h('p', {}, h('a', { href: '#/pipeline' }, `← ${t('app.deal.back')}`)),
    h('h1', {}, info.name),
    h('div', { class: 'meta' },
      h('span', {}, `${t('app.deal.account')}: `, h('a', { href: `#/account/${encodeURIComponent(info.accountId)}` }, h('b', {}, account?.name ?? info.accountId))),
      h('span', {}, `${t('app.deal.stage')}: `, h('b', {}, t(`app.stage.${info.stage}`))),
      h('span', {}, `${t('app.deal.value')}: `, h('b', {}, money(info.value, info.currency))),
      info.closeDate ? h('span', {}, `${t('app.deal.close')}: `, h('b', {}, info.closeDate)) : null),
    h('div', { id: 'notice', 'aria-live': 'polite' }, notice ?? null),
    h('div', { class: 'grid' },
      h('div', {},
        h('section', { class: 'card', 'aria-labelledby': 'h-graph' },
          h('h2', { id: 'h-graph' }, t('app.deal.graph')),
          h('p', { class: 'why' }, t('app.deal.graph.help')),
          legend(), graph,
          h('p', { class: 'why', id: 'graph-keys' }, t('app.deal.graph.keys')),
          h('p', { class: 'sr-only', id: 'graph-status', 'aria-live': 'polite' }),
          peopleTable(), tieTable()),
        h('section', { class: 'card', 'aria-labelledby': 'h-paths' }, h('h2', { id: 'h-paths' }, t('app.deal.paths')), pathControls(), pathList()),
        h('section', { class: 'card', 'aria-labelledby': 'h-power', id: 'power' },
          h('h2', { id: 'h-power' }, t('app.deal.powermap')), powermap, powerTable())),
      h('div', {},
        h('section', { class: 'card', 'aria-labelledby': 'h-flags', id: 'flags' }, h('h2', { id: 'h-flags' }, t('app.deal.flags')),
          a.redFlags.length === 0 ? h('p', {}, t('app.deal.flags.none'))
            : h('ul', { class: 'flags' }, a.redFlags.map((f) => h('li', { 'data-code': f.code, 'data-people': f.people.join(' ') }, severity(f.severity), f.message)))),
        h('section', { class: 'card', 'aria-labelledby': 'h-prob', id: 'probability' }, h('h2', { id: 'h-prob' }, t('app.deal.probability')), probability()),
        h('section', { class: 'card', 'aria-labelledby': 'h-actions', id: 'actions' }, h('h2', { id: 'h-actions' }, t('app.deal.actions')),
          h('ol', { class: 'actions' }, a.nextActions.map((m) => h('li', { 'data-person': m.personId, 'data-code': m.code }, h('div', {}, m.text), h('div', { class: 'why' }, m.why))))),
        h('section', { class: 'card', 'aria-labelledby': 'h-cov', id: 'coverage' }, h('h2', { id: 'h-cov' }, t('app.deal.coverage')), coverage()),
        h('div', { id: 'editor-slot' }),
        interactionForm(),
        tieForm())))
  drawGraph(graph)
  drawPowerMap(powermap)
}

function legend() {
  return h('div', { class: 'legend', 'aria-hidden': 'true' },
    ATTITUDES.map((att) => h('span', {}, h('span', { class: `sw sw-${att}` }), t(`app.attitude.${att}`))),
    h('span', {}, h('span', { class: 'sw sw-COLLEAGUE' }), t('app.hover.colleague')))
}

function peopleTable() {
  const d = state.deal
  const { lastContact } = people()
  return h('details', {}, h('summary', {}, t('app.deal.graph.alt')),
    h('div', { class: 'scroll' }, h('table', { id: 'people' },
      h('thead', {}, h('tr', {}, ['app.col.person', 'app.hover.roles', 'app.col.attitude', 'app.col.influence', 'app.mode', 'app.hover.title', 'app.hover.temperament', 'app.hover.interests', 'app.hover.contact', 'app.col.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, d.map.stakeholders.map(({ person, facts }) => h('tr', { 'data-person': person.id },
        h('th', { scope: 'row' }, person.name),
        h('td', {}, facts.roles.map((r) => t(`app.role.${r}`)).join(', ')),
        h('td', {}, t(`app.attitude.${facts.attitude}`)),
        h('td', {}, facts.influence ? t(`app.influence.${facts.influence}`) : t('app.influence.NONE')),
        h('td', {}, t(`app.mode.${facts.mode}`)),
        h('td', {}, person.title ?? ''),
        h('td', {}, t(`app.temperament.${person.temperament ?? 'UNKNOWN'}`)),
        h('td', {}, (person.interests ?? []).join(', ')),
        h('td', {}, lastContact[person.id] ?? '–'),
        h('td', { class: 'buttons' },
          h('button', { type: 'button', class: 'quiet', 'data-locate': person.id, 'aria-label': `${t('app.deal.graph.locate')}: ${person.name}`, onclick: () => locate(person.id) }, t('app.deal.graph.locate')),
          h('button', { type: 'button', class: 'quiet', 'data-edit': person.id, 'aria-label': `${t('app.deal.edit')} ${person.name}`, onclick: () => editor(person.id) }, t('app.deal.edit')))))))))
}

// ---------------------------------------------------------------- graph

function drawGraph(container) {
  const d = state.deal
  if (!window.cytoscape) return
  const { lastContact } = people()
  const elements = []
  for (const seat of d.map.team) {
    elements.push({ group: 'nodes', data: { id: seat.colleague.id, label: seat.colleague.name, colleague: 1, title: seat.role ?? seat.colleague.title ?? '' }, classes: 'colleague' })
  }
  for (const { person, facts } of d.map.stakeholders) {
    const badges = facts.roles.map((r) => t(`app.role.${r}`)).join(' · ')
    elements.push({
      group: 'nodes',
      data: {
        id: person.id, label: badges ? `${person.name}\n[${badges}]` : person.name, colour: ATTITUDE_COLOURS[facts.attitude],
        size: 22 + 14 * (INFLUENCE_SCORE[facts.influence] ?? 0), person, facts, contact: lastContact[person.id]
      },
      classes: `person att-${facts.attitude}`
    })
  }
  const ids = new Set(elements.map((e) => e.data.id))
  d.map.ties.forEach((tie, i) => {
    if (!ids.has(tie.from) || !ids.has(tie.to)) return
    elements.push({ group: 'edges', data: { id: `t${i}`, source: tie.from, target: tie.to, strength: tie.strength ?? 0.5, type: tie.type }, classes: `tie ${tie.type}${tie.dotted ? ' dotted' : ''}` })
  })
  // which ties are drawn, for tests and tools that cannot read a canvas
  container.dataset.ties = elements.filter((e) => e.group === 'edges').map((e) => `${e.data.type}:${e.data.source}:${e.data.target}`).join(' ')
  const cy = window.cytoscape({
    container,
    elements,
    minZoom: 0.3,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    style: [
      // colours from palette.js, where browser-tests/palette.test.mjs checks them against WCAG AA
      { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, color: GRAPH.label, 'text-background-color': GRAPH.labelBox, 'text-background-opacity': GRAPH.labelBoxOpacity, 'text-background-padding': 1 } },
      { selector: 'node.person', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', 'border-width': 1.5, 'border-color': GRAPH.personBorder } },
      { selector: 'node.att-UNKNOWN', style: { 'border-style': 'dashed' } },
      { selector: 'node.colleague', style: { shape: 'round-rectangle', 'background-color': GRAPH.colleague, width: 30, height: 30, color: GRAPH.colleagueLabel } },
      { selector: 'edge', style: { width: 'mapData(strength, 0, 1, 1, 7)', 'line-color': GRAPH.knows, 'curve-style': 'bezier', opacity: GRAPH.edgeOpacity } },
      { selector: 'edge.INFLUENCES', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': GRAPH.influences, 'line-color': GRAPH.influences } },
      { selector: 'edge.REPORTS_TO', style: { width: 1.5, 'line-color': GRAPH.reportsTo, 'target-arrow-shape': 'vee', 'target-arrow-color': GRAPH.reportsTo } },
      { selector: 'edge.REPORTS_TO.dotted', style: { 'line-style': 'dotted' } },
      { selector: 'edge.CONFLICTS_WITH', style: { width: 2.5, 'line-color': GRAPH.conflict, 'line-style': 'dashed' } },
      { selector: 'node.faded', style: { opacity: GRAPH.fadedNodeOpacity } },
      { selector: 'node.outsider', style: { shape: 'ellipse', 'background-color': GRAPH.canvas, 'border-width': 2, 'border-style': 'dotted', 'border-color': GRAPH.outsiderBorder, width: 22, height: 22, color: GRAPH.outsiderLabel } },
      // off the chosen path: thinner, not paler, so every tie keeps its contrast and the path stands out
      { selector: 'edge.faded', style: { opacity: GRAPH.fadedEdgeOpacity, width: 'mapData(strength, 0, 1, 1, 4)' } },
      { selector: 'edge.faded.CONFLICTS_WITH, edge.faded.REPORTS_TO', style: { width: 1.5 } },
      { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': GRAPH.path, opacity: 1 } },
      { selector: 'edge.on-path', style: { 'line-color': GRAPH.path, 'target-arrow-color': GRAPH.path, opacity: 1, width: 7, 'z-index': 10 } },
      // the person chosen with the keyboard (or in the list): a ring around the node
      { selector: 'node.chosen', style: { 'outline-width': 4, 'outline-color': GRAPH.selected, 'outline-offset': 3, opacity: 1, 'z-index': 20 } }
    ],
    layout: { name: 'preset' }
  })
  // our colleagues in a column on the left, the buying centre beside them: rings by influence
  // (the weightiest in the middle), then loosened by a force layout so no one hides another
  const width = Math.max(container.clientWidth, 360)
  const height = Math.max(container.clientHeight, 300)
  const persons = cy.nodes('.person')
  persons.layout({
    name: 'concentric', concentric: (n) => INFLUENCE_SCORE[n.data('facts').influence] ?? 0, levelWidth: () => 1,
    boundingBox: { x1: 0, y1: 0, w: width, h: height }, minNodeSpacing: 40, animate: false
  }).run()
  persons.layout({ name: 'cose', randomize: false, animate: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 90, gravity: 0.4, numIter: 1500, nodeDimensionsIncludeLabels: true }).run()
  const box = persons.boundingBox()
  cy.nodes('.colleague').forEach((node, i, all) => {
    node.position({ x: box.x1 - 140, y: box.y1 + ((i + 0.5) * box.h) / all.length })
  })
  cy.fit(undefined, 24)
  // who is drawn, for tests and assistive tools that cannot read a canvas
  container.dataset.people = cy.nodes().map((n) => n.id()).join(' ')
  cy.on('mouseover', 'node', (event) => showDetail(event.target))
  cy.on('mouseout', 'node', () => { if (!container.matches(':focus')) hideDetail() })
  cy.on('tap', 'node.person', (event) => editor(event.target.id()))
  graphKeys(container, cy)
  state.deal.cy = cy
  highlightPath()
}

/** What pointing at a node shows: the same lines for the mouse, the keyboard and a screen reader. */
function detailLines(data) {
  if (data.colleague) return [h('b', {}, data.label), h('div', {}, `${t('app.hover.colleague')}: ${data.title}`)]
  if (!data.person) return [h('b', {}, data.label)]
  const p = data.person
  return [h('b', {}, p.name),
    h('div', {}, `${t('app.hover.title')}: ${p.title ?? '–'}`),
    h('div', {}, `${t('app.hover.roles')}: ${data.facts.roles.map((r) => t(`app.role.${r}`)).join(', ') || '–'}`),
    h('div', {}, `${t('app.col.attitude')}: ${t(`app.attitude.${data.facts.attitude}`)} · ${t('app.col.influence')}: ${data.facts.influence ? t(`app.influence.${data.facts.influence}`) : t('app.influence.NONE')}`),
    h('div', {}, `${t('app.hover.temperament')}: ${t(`app.temperament.${p.temperament ?? 'UNKNOWN'}`)}`),
    h('div', {}, `${t('app.hover.interests')}: ${(p.interests ?? []).join(', ') || '–'}`),
    h('div', {}, `${t('app.hover.contact')}: ${data.contact ?? '–'}`)]
}

function showDetail(node) {
  const tip = document.getElementById('tip')
  const container = node.cy().container()
  tip.replaceChildren(...detailLines(node.data()))
  const box = container.getBoundingClientRect()
  const pos = node.renderedPosition()
  tip.style.left = `${Math.max(0, Math.min(box.left + pos.x + 16, window.innerWidth - 330))}px`
  tip.style.top = `${box.top + pos.y + 16}px`
  tip.hidden = false
}

function hideDetail() {
  document.getElementById('tip').hidden = true
}

/**
 * The graph as one tab stop: on focus the last chosen person (or the first) is ringed and
 * their details shown as on hover, and read out through #graph-status; arrow keys, Home and
 * End move between people, Enter or Space edits a stakeholder, Escape hides the details.
 */
function graphKeys(container, cy) {
  const d = state.deal
  const status = document.getElementById('graph-status')
  const order = () => cy.nodes('.colleague, .person')
  const choose = (node) => {
    cy.nodes().removeClass('chosen')
    if (!node || node.empty()) {
      delete container.dataset.chosen
      return
    }
    node.addClass('chosen')
    d.chosen = node.id()
    container.dataset.chosen = node.id()
    showDetail(node)
    status.textContent = detailLines(node.data()).map((line) => line.textContent).join('. ')
  }
  container.addEventListener('focus', () => {
    const nodes = order()
    const again = nodes.filter((n) => n.id() === d.chosen)
    choose(again.nonempty() ? again : nodes.first())
  })
  container.addEventListener('blur', () => {
    cy.nodes().removeClass('chosen')
    hideDetail()
  })
  container.addEventListener('keydown', (event) => {
    const nodes = order()
    if (nodes.empty()) return
    const at = Math.max(0, nodes.toArray().findIndex((n) => n.id() === d.chosen))
    const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: nodes.length - 1 }
    if (event.key in moves) {
      event.preventDefault()
      choose(nodes[(moves[event.key] + nodes.length) % nodes.length])
    } else if ((event.key === 'Enter' || event.key === ' ') && d.chosen) {
      if (!cy.getElementById(d.chosen).hasClass('person')) return
      event.preventDefault()
      editor(d.chosen)
    } else if (event.key === 'Escape') {
      cy.nodes().removeClass('chosen')
      hideDetail()
      status.textContent = ''
    }
  })
}

/** From the people list: the person ringed on the graph, their details shown, the graph focused. */
function locate(personId) {
  state.deal.chosen = personId
  const graph = document.getElementById('graph')
  graph.scrollIntoView({ block: 'nearest' })
  if (document.activeElement === graph) graph.blur()
  graph.focus()
}

function routeIds(route) {
  return [route.start.id, ...route.steps.map((s) => s.to.id)]
}

function allRoutes() {
  return (state.deal.pathAnswer?.targets ?? []).flatMap((target) => target.paths.map((route) => ({ target, route })))
}

function highlightPath() {
  const d = state.deal
  const cy = d.cy
  if (!cy) return
  cy.remove('.outsider, .path-step')
  cy.elements().removeClass('on-path faded')
  const chosen = allRoutes()[d.selected]
  if (chosen) {
    const individuals = [chosen.route.start, ...chosen.route.steps.map((s) => s.to)]
    const ids = individuals.map((x) => x.id)
    cy.elements().addClass('faded')
    // people on the path who are not on this deal are drawn for the path, between its neighbours
    individuals.forEach((individual, i) => {
      if (cy.getElementById(individual.id).nonempty()) return
      const before = cy.getElementById(ids[i - 1]).position()
      const after = ids.slice(i + 1).map((id) => cy.getElementById(id)).find((n) => n.nonempty())?.position() ?? before
      cy.add({ group: 'nodes', data: { id: individual.id, label: `${individual.name}\n(${t('app.deal.paths.outside')})` }, classes: 'outsider',
        position: { x: (before.x + after.x) / 2, y: (before.y + after.y) / 2 + 45 } })
    })
    for (let i = 0; i < ids.length; i++) {
      cy.getElementById(ids[i]).removeClass('faded').addClass('on-path')
      if (i === 0) continue
      const ties = cy.edges('.tie').filter((e) => !e.hasClass('CONFLICTS_WITH') && ((e.source().id() === ids[i - 1] && e.target().id() === ids[i]) || (e.source().id() === ids[i] && e.target().id() === ids[i - 1])))
      if (ties.nonempty()) ties.removeClass('faded').addClass('on-path')
      else cy.add({ group: 'edges', data: { id: `step-${i}`, source: ids[i - 1], target: ids[i], strength: chosen.route.steps[i - 1].strength }, classes: 'path-step on-path' })
    }
  }
  for (const li of document.querySelectorAll('ul.paths li')) li.classList.toggle('path-active', Number(li.dataset.index) === d.selected)
}

function pathControls() {
  const d = state.deal
  const choices = (id, value, empty) => h('select', { id },
    h('option', { value: '' }, empty),
    d.map.stakeholders.map(({ person }) => h('option', { value: person.id, selected: value === person.id }, person.name)))
  const via = choices('via', d.paths.via, t('app.deal.paths.anyone'))
  const avoid = choices('avoid', d.paths.avoid, t('app.deal.paths.nobody'))
  const opponents = h('input', { type: 'checkbox', id: 'opponents', checked: d.paths.includeOpponents })
  const apply = async () => {
    d.paths = { via: via.value, avoid: avoid.value, includeOpponents: opponents.checked }
    d.selected = 0
    try {
      d.pathAnswer = (await api(`/api/v1/deals/${encodeURIComponent(d.id)}/paths${pathQuery(d.paths)}`)).body
      document.getElementById('path-list').replaceWith(pathList())
      highlightPath()
    } catch (error) {
      document.getElementById('path-list').replaceChildren(h('li', { class: 'notice error' }, error.message))
    }
  }
  for (const el of [via, avoid, opponents]) el.addEventListener('change', apply)
  return h('div', { class: 'controls' },
    h('label', { for: 'via' }, t('app.deal.paths.via'), via),
    h('label', { for: 'avoid' }, t('app.deal.paths.avoid'), avoid),
    h('label', { class: 'check', for: 'opponents' }, opponents, t('app.deal.paths.opponents')))
}

function pathList() {
  const d = state.deal
  const routes = allRoutes()
  const reasons = [d.pathAnswer?.reason, ...(d.pathAnswer?.targets ?? []).map((x) => x.reason)].filter(Boolean)
  if (routes.length === 0) return h('ul', { class: 'paths', id: 'path-list' }, h('li', {}, reasons.join(' ') || t('app.deal.paths.none')))
  return h('ul', { class: 'paths', id: 'path-list' }, routes.map(({ route }, index) => h('li', { 'data-index': index, class: index === d.selected ? 'path-active' : null },
    h('div', {}, route.explanation),
    h('button', { type: 'button', class: 'quiet', 'aria-pressed': String(index === d.selected), onclick: () => {
      d.selected = index
      for (const b of document.querySelectorAll('ul.paths button')) b.setAttribute('aria-pressed', String(b.closest('li').dataset.index === String(index)))
      highlightPath()
    } }, `${t('app.deal.paths.show')} (${route.score.toFixed(2)})`))))
}

// ---------------------------------------------------------------- power map

function drawPowerMap(container) {
  const entries = state.deal.assessment.powerMap
  if (!window.echarts) return
  const chart = window.echarts.init(container, null, { renderer: 'svg' })
  const seen = {}
  // neutral a little left of the middle, unknown a little right, so both stay readable;
  // people on the same spot are stacked, labels pointing away from the middle
  const column = (attitude) => ({ OPPONENT: -2, NON_SUPPORTER: -1.5, NEUTRAL: -0.25, UNKNOWN: 0.3, SUPPORTER: 1.3, SPONSOR: 2.2 })[attitude]
  const data = entries.map((e) => {
    const x = column(e.attitude)
    const y = INFLUENCE_SCORE[e.influence] ?? 1
    const key = `${x}:${y}`
    const n = seen[key] = (seen[key] ?? 0) + 1
    const offset = Math.ceil((n - 1) / 2) * 0.24 * (n % 2 === 0 ? -1 : 1)
    return { value: [x, y + offset], entry: e, name: e.name,
      symbolSize: e.priority <= 3 ? 22 : 14, symbol: e.priority <= 3 ? 'diamond' : 'circle',
      itemStyle: { color: ATTITUDE_COLOURS[e.attitude], borderColor: POWER_MAP.border, borderWidth: 1 },
      label: { show: true, formatter: e.priority <= 3 ? `#${e.priority} ${e.name}` : e.name, position: x < 0 ? 'left' : 'right', fontSize: 11, color: POWER_MAP.label } }
  })
  const quadrant = (key, coords) => [{ name: t(`app.quadrant.${key}`), xAxis: coords[0], yAxis: coords[1], label: { color: POWER_MAP.quadrant, fontSize: 12, position: 'insideTop' } }, { xAxis: coords[2], yAxis: coords[3] }]
  chart.setOption({
    animation: false,
    grid: { left: 78, right: 24, top: 20, bottom: 45 },
    tooltip: { formatter: (p) => `${p.data.entry.name}: ${t(`app.attitude.${p.data.entry.attitude}`)}, ${t(`app.influence.${p.data.entry.influence}`)} · #${p.data.entry.priority}` },
    xAxis: { min: -3, max: 3, name: t('app.axis.attitude'), nameLocation: 'middle', nameGap: 28, nameTextStyle: { color: POWER_MAP.axis }, axisLabel: { color: POWER_MAP.axis, formatter: (v) => ({ '-2': t('app.attitude.OPPONENT'), 0: t('app.attitude.NEUTRAL'), 2: t('app.attitude.SPONSOR') })[v] ?? '' }, interval: 1, splitLine: { show: false } },
    yAxis: { min: 0, max: 4, name: t('app.axis.influence'), nameLocation: 'middle', nameGap: 60, interval: 1, nameTextStyle: { color: POWER_MAP.axis }, axisLabel: { color: POWER_MAP.axis, formatter: (v) => ({ 1: t('app.influence.LOW'), 2: t('app.influence.MEDIUM'), 3: t('app.influence.HIGH') })[v] ?? '' }, splitLine: { show: false } },
    series: [{
      type: 'scatter', data,
      markArea: { silent: true, itemStyle: { color: 'rgba(0,0,0,0)', borderColor: '#c9c9c9', borderWidth: 1 }, data: [
        quadrant('HIGH_INFLUENCE_AGAINST', [-3, 4, -0.5, 2.5]), quadrant('HIGH_INFLUENCE_UNDECIDED', [-0.5, 4, 0.5, 2.5]), quadrant('HIGH_INFLUENCE_FOR', [0.5, 4, 3, 2.5]),
        quadrant('LOW_INFLUENCE_AGAINST', [-3, 2.5, -0.5, 0]), quadrant('LOW_INFLUENCE_UNDECIDED', [-0.5, 2.5, 0.5, 0]), quadrant('LOW_INFLUENCE_FOR', [0.5, 2.5, 3, 0])] }
    }]
  })
  new ResizeObserver(() => chart.resize()).observe(container)
}

function powerTable() {
  return h('details', {}, h('summary', {}, t('app.deal.powermap.alt')),
    h('div', { class: 'scroll' }, h('table', { id: 'powermap-table' },
      h('thead', {}, h('tr', {}, ['app.col.priority', 'app.col.person', 'app.col.influence', 'app.col.attitude', 'app.col.quadrant'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, state.deal.assessment.powerMap.map((e) => h('tr', { 'data-person': e.personId },
        h('td', { class: 'num' }, `#${e.priority}`), h('th', { scope: 'row' }, e.name), h('td', {}, t(`app.influence.${e.influence}`)),
        h('td', {}, t(`app.attitude.${e.attitude}`)), h('td', {}, t(`app.quadrant.${e.quadrant}`))))))))
}

// ---------------------------------------------------------------- probability, coverage

function probability() {
  const p = state.deal.assessment.winProbability
  const biggest = Math.max(0.5, ...p.factors.map((f) => Math.abs(f.effect)))
  return h('div', {},
    h('div', { class: 'prob', id: 'probability-value', 'data-value': p.value }, percent(p.value)),
    h('p', { class: 'why' }, `${t('app.deal.probability.base')}: ${percent(p.base)}`),
    h('h3', { class: 'why' }, t('app.deal.probability.factors')),
    h('table', { class: 'bars' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('app.col.factor')), h('th', { scope: 'col', class: 'num', colspan: 2 }, t('app.col.effect')))),
      h('tbody', {}, p.factors.map((f) => {
        const fill = h('div', { class: `bar-fill ${f.effect >= 0 ? 'up' : 'down'}` })
        fill.style.width = `${(Math.abs(f.effect) / biggest) * 50}%`
        return h('tr', { 'data-code': f.code }, h('td', {}, f.why), h('td', { class: 'num' }, `${f.effect >= 0 ? '+' : '−'}${Math.abs(f.effect).toFixed(2)}`),
          h('td', { class: 'bar', 'aria-hidden': 'true' }, h('div', { class: 'bar-track' }, h('div', { class: 'bar-mid' }), fill)))
      }))))
}

function coverage() {
  return h('table', {}, h('tbody', {}, state.deal.assessment.coverage.map((c) => h('tr', { 'data-role': c.role },
    h('th', { scope: 'row' }, t(`app.role.${c.role}`)),
    h('td', {}, c.covered ? `✓ ${t('app.deal.coverage.covered')}` : `✗ ${t('app.deal.coverage.open')}`),
    h('td', {}, c.people.length ? c.people.map((p) => `${p.name} (${t(`app.attitude.${p.attitude}`)})`).join(', ') : t('app.deal.coverage.nobody'))))))
}

// ---------------------------------------------------------------- editing

function editor(personId) {
  const d = state.deal
  const view = d.map.stakeholders.find((s) => s.person.id === personId)
  if (!view) return
  const { person, facts } = view
  const select = (name, values, current, prefix) => h('select', { id: `edit-${name}`, name },
    values.map((v) => h('option', { value: v, selected: v === current }, t(`${prefix}.${v}`))))
  const attitude = select('attitude', ATTITUDES, facts.attitude, 'app.attitude')
  const influence = select('influence', ['', 'LOW', 'MEDIUM', 'HIGH'], facts.influence ?? '', 'app.influence')
  influence.options[0].textContent = t('app.influence.NONE')
  const mode = select('mode', MODES, facts.mode, 'app.mode')
  const roles = ROLES.map((r) => h('label', {}, h('input', { type: 'checkbox', name: 'role', value: r, checked: facts.roles.includes(r) }), ` ${t(`app.role.${r}`)}`))
  const etag = d.etag
  const form = h('form', { class: 'card editor', id: 'editor', 'aria-labelledby': 'h-edit', onsubmit: async (event) => {
    event.preventDefault()
    const body = {
      roles: roles.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
      influence: influence.value || null, attitude: attitude.value, mode: mode.value,
      winResults: facts.winResults ?? null, concerns: facts.concerns ?? null
    }
    try {
      await api(`/api/v1/deals/${encodeURIComponent(d.id)}/stakeholders/${encodeURIComponent(personId)}`,
        { method: 'PUT', headers: { 'Content-Type': 'application/json', 'If-Match': etag }, body: JSON.stringify(body) })
      await deal(d.id, h('div', { class: 'notice ok', role: 'status' }, t('app.deal.edit.saved')))
    } catch (error) {
      if (error.status === 409 || error.status === 412) {
        await deal(d.id, h('div', { class: 'notice conflict', role: 'alert', id: 'conflict' }, t('app.deal.conflict')))
      } else {
        const slot = form.querySelector('.form-error')
        slot.textContent = `${t('app.deal.error')} ${error.message}`
        slot.hidden = false
      }
    }
  } },
  h('h2', { id: 'h-edit' }, `${t('app.deal.edit.title')}: ${person.name}`),
  h('fieldset', {}, h('legend', {}, t('app.deal.edit.roles')), h('div', { class: 'roles' }, roles)),
  h('div', { class: 'controls' },
    h('label', { for: 'edit-attitude' }, t('app.col.attitude'), attitude),
    h('label', { for: 'edit-influence' }, t('app.col.influence'), influence),
    h('label', { for: 'edit-mode' }, t('app.mode'), mode)),
  h('p', { class: 'notice error form-error', role: 'alert', hidden: true }),
  h('div', { class: 'controls' },
    h('button', { type: 'submit' }, t('app.deal.edit.save')),
    h('button', { type: 'button', class: 'quiet', onclick: () => form.remove() }, t('app.deal.edit.cancel'))))
  document.getElementById('editor-slot').replaceChildren(form)
  form.scrollIntoView({ block: 'nearest' })
  attitude.focus()
}

function tieForm() {
  const d = state.deal
  const everyone = [...d.map.team.map((seat) => seat.colleague), ...d.map.stakeholders.map((s) => s.person)]
  const choose = (id) => h('select', { id, required: true }, everyone.map((x) => h('option', { value: x.id }, x.name)))
  const from = choose('tie-from')
  const to = choose('tie-to')
  if (to.options.length > d.map.team.length) to.selectedIndex = d.map.team.length
  const type = h('select', { id: 'tie-type' }, ['KNOWS', 'INFLUENCES', 'REPORTS_TO', 'CONFLICTS_WITH'].map((x) => h('option', { value: x }, t(`app.tietype.${x}`))))
  const strength = h('input', { id: 'tie-strength', type: 'number', min: '0.05', max: '1', step: '0.05', value: '0.5' })
  const contact = h('input', { id: 'tie-contact', type: 'date' })
  const weighted = () => { strength.disabled = !['KNOWS', 'INFLUENCES'].includes(type.value) }
  type.addEventListener('change', weighted)
  const message = h('p', { class: 'notice error', role: 'alert', hidden: true })
  const form = h('form', { class: 'card', id: 'tie-form', 'aria-labelledby': 'h-tie', onsubmit: async (event) => {
    event.preventDefault()
    const body = { type: type.value, from: from.value, to: to.value }
    if (!strength.disabled) body.strength = Number(strength.value)
    if (contact.value) body.lastContact = contact.value
    try {
      await api(`/api/v1/relationships/${type.value}/${encodeURIComponent(from.value)}/${encodeURIComponent(to.value)}`,
        { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      await deal(d.id, h('div', { class: 'notice ok', role: 'status' }, t('app.tie.saved')))
    } catch (error) {
      const fields = (error.problem?.errors ?? []).map((e) => `${e.field}: ${e.message}`)
      message.textContent = `${t('app.deal.error')} ${fields.length ? fields.join('; ') : error.message}`
      message.hidden = false
    }
  } },
  h('h2', { id: 'h-tie' }, t('app.tie.title')),
  h('p', { class: 'why' }, t('app.tie.help')),
  h('div', { class: 'controls' },
    h('label', { for: 'tie-from' }, t('app.tie.from'), from),
    h('label', { for: 'tie-type' }, t('app.tie.type'), type),
    h('label', { for: 'tie-to' }, t('app.tie.to'), to),
    h('label', { for: 'tie-strength' }, t('app.tie.strength'), strength),
    h('label', { for: 'tie-contact' }, t('app.tie.contact'), contact)),
  message,
  h('button', { type: 'submit' }, t('app.tie.save')))
  weighted()
  return form
}

// ---------------------------------------------------------------- account

async function account(id) {
  main().replaceChildren(h('p', {}, t('app.loading')))
  const base = `/api/v1/accounts/${encodeURIComponent(id)}`
  const [assessment, health, people, colleagues] = await Promise.all([
    api(`${base}/assessment`),
    api(`${base}/health?months=12`).catch(() => ({ body: null })),
    api(`/api/v1/people?size=200&accountId=${encodeURIComponent(id)}`).catch(() => ({ body: { items: [] } })),
    api('/api/v1/colleagues?size=200').catch(() => ({ body: { items: [] } }))
  ])
  const a = assessment.body
  const names = {}
  for (const x of [...(people.body.items ?? []), ...(colleagues.body.items ?? [])]) names[x.id] = x.name
  const rel = a.relationships
  const chart = h('div', { id: 'health', class: 'chart', role: 'img', 'aria-label': t('app.account.health') })
  const points = health.body?.points ?? []
  const trend = h('div', { id: 'trend', class: 'chart', role: 'img', 'aria-label': t('app.account.trend') })
  const levels = ['OUTSIDER', 'FRIEND', 'SUPPLIER', 'PARTNER', 'UNRATED']
  const counts = (map, prefix) => h('table', {}, h('tbody', {}, Object.entries(map).map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, t(`${prefix}.${k}`)), h('td', { class: 'num' }, v)))))
  main().replaceChildren(
    h('p', {}, h('a', { href: '#/pipeline' }, `← ${t('app.deal.back')}`)),
    h('h1', {}, a.name),
    h('div', { class: 'meta' },
      h('span', {}, `${t('app.account.lifecycle')}: `, h('b', {}, a.lifecycleStage ? t(`app.lifecycle.${a.lifecycleStage}`) : t('app.lifecycle.NONE'))),
      h('span', {}, `${t('app.account.people')}: `, h('b', {}, rel.people)),
      h('span', {}, `${t('app.account.ties')}: `, h('b', {}, rel.tieCount)),
      h('span', {}, `${t('app.account.weighted')}: `, h('b', {}, Object.entries(a.weightedValue).map(([c, v]) => money(v, c)).join(' + ') || '–'))),
    h('div', { class: 'grid' },
      h('div', {},
        h('section', { class: 'card', 'aria-labelledby': 'h-trend' }, h('h2', { id: 'h-trend' }, t('app.account.trend')),
          h('p', { class: 'why' }, t('app.account.trend.help')),
          health.body ? h('p', { id: 'trend-summary' }, health.body.summary) : null, trend,
          h('details', {}, h('summary', {}, t('app.account.trend.alt')),
            h('div', { class: 'scroll' }, h('table', { id: 'trend-table' },
              h('thead', {}, h('tr', {}, [h('th', { scope: 'col' }, t('app.col.month')), h('th', { scope: 'col', class: 'num' }, t('app.col.score')),
                ...levels.map((level) => h('th', { scope: 'col', class: 'num' }, t(`app.trust.${level}`))),
                h('th', { scope: 'col', class: 'num' }, t('app.col.strength')), h('th', { scope: 'col', class: 'num' }, t('app.col.interactions')),
                ...['POSITIVE', 'NEUTRAL', 'NEGATIVE'].map((o) => h('th', { scope: 'col', class: 'num' }, t(`app.outcome.${o}`)))])),
              h('tbody', {}, points.map((p) => h('tr', { 'data-month': p.month },
                h('th', { scope: 'row' }, p.month), h('td', { class: 'num' }, p.score),
                ...levels.map((level) => h('td', { class: 'num' }, p.byTrust[level])),
                h('td', { class: 'num' }, p.meanStrength ?? '–'), h('td', { class: 'num' }, p.interactions),
                ...['POSITIVE', 'NEUTRAL', 'NEGATIVE'].map((o) => h('td', { class: 'num' }, p.outcomes[o]))))))))),
        h('section', { class: 'card', 'aria-labelledby': 'h-health' }, h('h2', { id: 'h-health' }, t('app.account.health')),
          h('p', { class: 'why' }, t('app.account.health.help')), chart,
          h('details', {}, h('summary', {}, t('app.account.health.alt')),
            h('div', { class: 'scroll' }, h('table', { id: 'ties' },
              h('thead', {}, h('tr', {}, ['app.col.colleague', 'app.col.person', 'app.col.trust', 'app.col.contact', 'app.col.freshness'].map((k) => h('th', { scope: 'col' }, t(k))))),
              h('tbody', {}, rel.ties.map((tie) => h('tr', {},
                h('td', {}, names[tie.colleagueId] ?? tie.colleagueId), h('th', { scope: 'row' }, names[tie.personId] ?? tie.personId),
                h('td', {}, t(`app.trust.${tie.level ?? 'UNRATED'}`)), h('td', {}, tie.lastContact ?? t('app.account.undated')),
                h('td', {}, t(`app.freshness.${tie.freshness}`)))))))))),
      h('div', {},
        h('section', { class: 'card', 'aria-labelledby': 'h-signals', id: 'signals' }, h('h2', { id: 'h-signals' }, t('app.account.signals')),
          a.signals.length === 0 ? h('p', {}, t('app.account.signals.none'))
            : h('ul', { class: 'flags' }, a.signals.map((x) => h('li', { 'data-code': x.code }, severity(x.severity), x.message)))),
        h('section', { class: 'card', 'aria-labelledby': 'h-trust' }, h('h2', { id: 'h-trust' }, t('app.account.trust')), counts(rel.byTrust, 'app.trust')),
        h('section', { class: 'card', 'aria-labelledby': 'h-fresh' }, h('h2', { id: 'h-fresh' }, t('app.account.freshness')), counts(rel.byFreshness, 'app.freshness')))),
    h('section', { class: 'card', 'aria-labelledby': 'h-deals' }, h('h2', { id: 'h-deals' }, t('app.account.deals')),
          h('div', { class: 'scroll' }, h('table', { id: 'account-deals' },
            h('thead', {}, h('tr', {}, ['app.col.deal', 'app.col.stage', 'app.col.value', 'app.col.probability', 'app.col.weighted', 'app.col.flag'].map((k, i) => h('th', { scope: 'col', class: i >= 2 && i <= 4 ? 'num' : null }, t(k))))),
            h('tbody', {}, a.openDeals.map((row) => h('tr', { 'data-deal': row.dealId },
              h('td', {}, h('a', { href: `#/deal/${encodeURIComponent(row.dealId)}` }, row.name)),
              h('td', {}, t(`app.stage.${row.stage}`)),
              h('td', { class: 'num' }, money(row.value, row.currency)),
              h('td', { class: 'num' }, percent(row.probability)),
              h('td', { class: 'num' }, money(row.weightedValue, row.currency)),
              h('td', {}, row.topRedFlag ? [severity(row.topRedFlag.severity), row.topRedFlag.message] : '–'))))))))
  drawHealth(chart, rel.ties)
  drawTrend(trend, points, levels)
  document.body.dataset.usable = `account:${id}`
}

/** The health score over the months as a line, our ties by trust level as they stood stacked beneath. */
function drawTrend(container, points, levels) {
  if (!window.echarts || points.length === 0) return
  const colours = { OUTSIDER: '#9e9e9e', FRIEND: '#f9a825', SUPPLIER: '#1565c0', PARTNER: '#2e7d32', UNRATED: '#d7ccc8' }
  const months = points.map((p) => p.month)
  const chart = window.echarts.init(container, null, { renderer: 'svg' })
  chart.setOption({
    animation: false, legend: { top: 0 }, tooltip: { trigger: 'axis' },
    grid: { left: 44, right: 44, top: 56, bottom: 50 },
    xAxis: { type: 'category', data: months, name: t('app.col.month'), nameLocation: 'middle', nameGap: 32 },
    yAxis: [{ type: 'value', min: 0, max: 100, name: t('app.col.score') }, { type: 'value', minInterval: 1, name: t('app.col.count') }],
    series: [
      ...levels.filter((level) => points.some((p) => p.byTrust[level] > 0)).map((level) => ({
        name: t(`app.trust.${level}`), type: 'line', stack: 'trust', areaStyle: { opacity: 0.35 }, yAxisIndex: 1,
        symbol: 'none', itemStyle: { color: colours[level] }, lineStyle: { width: 1 },
        data: points.map((p) => p.byTrust[level])
      })),
      { name: t('app.col.score'), type: 'line', yAxisIndex: 0, itemStyle: { color: '#6a1b9a' }, lineStyle: { width: 3 }, data: points.map((p) => p.score) }
    ]
  })
  new ResizeObserver(() => chart.resize()).observe(container)
}

/** Our ties by the month of their last contact, fresh and gone cold stacked. */
function drawHealth(container, ties) {
  if (!window.echarts) return
  // every month from the oldest last contact to the newest, so gaps show as gaps
  const dated = ties.filter((x) => x.lastContact).map((x) => x.lastContact.slice(0, 7)).sort()
  const months = []
  if (dated.length) {
    let [year, month] = dated[0].split('-').map(Number)
    const last = dated.at(-1)
    for (let m = `${dated[0]}`; m <= last; m = `${year}-${String(month).padStart(2, '0')}`) {
      months.push(m)
      month += 1
      if (month > 12) { month = 1; year += 1 }
    }
  }
  const series = ['FRESH', 'STALE'].map((freshness) => ({
    name: t(`app.freshness.${freshness}`), type: 'bar', stack: 'ties',
    itemStyle: { color: freshness === 'FRESH' ? '#2e7d32' : '#9e9e9e' },
    data: months.map((m) => ties.filter((x) => x.freshness === freshness && x.lastContact?.startsWith(m)).length)
  }))
  const chart = window.echarts.init(container, null, { renderer: 'svg' })
  chart.setOption({
    animation: false, legend: { top: 0 }, tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 36, bottom: 50 },
    xAxis: { type: 'category', data: months, name: t('app.col.month'), nameLocation: 'middle', nameGap: 32 },
    yAxis: { type: 'value', minInterval: 1, name: t('app.col.count') },
    series
  })
  new ResizeObserver(() => chart.resize()).observe(container)
}

// ---------------------------------------------------------------- routing

async function route() {
  const signout = document.getElementById('signout')
  if (!sessionStorage.getItem(KEY)) return signIn()
  signout.hidden = false
  const hash = location.hash || '#/pipeline'
  try {
    const match = hash.match(/^#\/deal\/([^/]+)$/)
    const accountMatch = hash.match(/^#\/account\/([^/]+)$/)
    if (match) {
      await deal(decodeURIComponent(match[1]))
    } else if (accountMatch) {
      state.deal = null
      await account(decodeURIComponent(accountMatch[1]))
    } else {
      state.deal = null
      await pipeline()
    }
  } catch (error) {
    if (error.status === 401) return signIn()
    failed(error)
  }
}

function defaultLanguage() {
  const chosen = sessionStorage.getItem(LANG)
  if (chosen) return chosen
  return (navigator.languages ?? [navigator.language]).find((l) => /^(en|zh)/i.test(l))?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

async function start() {
  state.lang = defaultLanguage()
  const lang = document.getElementById('lang')
  lang.value = state.lang
  lang.addEventListener('change', async () => {
    state.lang = lang.value
    sessionStorage.setItem(LANG, state.lang)
    await loadWords()
    route()
  })
  document.getElementById('signout').addEventListener('click', () => {
    sessionStorage.removeItem(KEY)
    state.deal = null
    location.hash = '#/pipeline'
    signIn()
  })
  window.addEventListener('hashchange', () => {
    route()
    main().focus()
  })
  await loadWords()
  await route()
}

start()
