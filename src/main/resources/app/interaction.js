// Record a contact from the deal page: one of our colleagues met one of the deal's people
// (POST /api/v1/interactions, the deal preset). The API moves the KNOWS tie's last contact,
// or creates a weak tie when there was none, so the page is drawn again from its new answers:
// paths, last contacts, flags. A refused field is shown beside that field, worded by the API.
import { api, deal, h, state, t } from './app.js'

const KINDS = ['VISIT', 'CALL', 'MESSAGE', 'MEAL', 'EVENT', 'GIFT', 'PRESENTATION', 'PROPOSAL', 'OTHER']
const OUTCOMES = ['POSITIVE', 'NEUTRAL', 'NEGATIVE']

/** The caller's calendar day, `days` from today, as yyyy-mm-dd. */
function day(days) {
  const at = new Date()
  at.setDate(at.getDate() + days)
  return [at.getFullYear(), at.getMonth() + 1, at.getDate()].map((n) => String(n).padStart(2, '0')).join('-')
}

/** An id for the API (letters, digits, '.', '_', '-'), kept for retries of the same form. */
function newId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `page-${day(0)}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** Fills {0}, {1}… of a page sentence. */
function fill(text, ...values) {
  return text.replace(/\{(\d)\}/g, (_, i) => values[Number(i)] ?? '')
}

export function interactionForm() {
  const d = state.deal
  const fields = {}
  const field = (name, label, control) => {
    const error = h('span', { class: 'field-error', id: `ix-${name}-error`, hidden: true })
    control.id = `ix-${name}`
    control.name = name
    control.setAttribute('aria-describedby', error.id)
    fields[name] = { control, error }
    return h('div', { class: 'field' }, h('label', { for: control.id }, t(label)), control, error)
  }
  const options = (values, prefix, chosen) => values.map((v) => h('option', { value: v, selected: v === chosen }, t(`${prefix}.${v}`)))
  const colleague = h('select', { required: true }, d.map.team.map((seat) => h('option', { value: seat.colleague.id }, seat.colleague.name)))
  const person = h('select', { required: true }, d.map.stakeholders.map(({ person: p }) => h('option', { value: p.id, selected: p.id === d.chosen }, p.name)))
  const kind = h('select', {}, options(KINDS, 'app.interaction.kind', 'VISIT'))
  const date = h('input', { type: 'date', required: true, value: day(0), max: day(1) })
  const outcome = h('select', {}, options(OUTCOMES, 'app.interaction.outcome', 'NEUTRAL'))
  const note = h('textarea', { rows: '2', maxlength: '500' })
  const message = h('p', { class: 'notice error', role: 'alert', hidden: true })
  let id = newId()
  const clear = () => {
    message.hidden = true
    for (const { control, error } of Object.values(fields)) {
      error.hidden = true
      error.textContent = ''
      control.removeAttribute('aria-invalid')
    }
  }
  const form = h('form', { class: 'card', id: 'interaction-form', 'aria-labelledby': 'h-interaction', novalidate: true, onsubmit: async (event) => {
    event.preventDefault()
    clear()
    const body = { id, personId: person.value, colleagueId: colleague.value, date: date.value || null, kind: kind.value, outcome: outcome.value, dealId: d.id }
    if (note.value.trim()) body.note = note.value.trim()
    try {
      await api('/api/v1/interactions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      const who = (select) => select.options[select.selectedIndex]?.textContent ?? select.value
      await deal(d.id, h('div', { class: 'notice ok', role: 'status' }, fill(t('app.interaction.saved'), who(colleague), who(person), body.date)))
    } catch (error) {
      const problems = error.problem?.errors ?? []
      const elsewhere = []
      for (const problem of problems) {
        const slot = fields[{ personId: 'person', colleagueId: 'colleague' }[problem.field] ?? problem.field]
        if (!slot) {
          elsewhere.push(`${problem.field}: ${problem.message}`)
          continue
        }
        slot.error.textContent = problem.message
        slot.error.hidden = false
        slot.control.setAttribute('aria-invalid', 'true')
      }
      // an id taken by another interaction: the next try gets a fresh one
      if (problems.some((p) => p.field === 'id')) id = newId()
      if (problems.length === 0 || elsewhere.length) {
        message.textContent = `${t('app.interaction.error')} ${elsewhere.length ? elsewhere.join('; ') : error.message}`
        message.hidden = false
      }
      const first = problems.map((p) => fields[{ personId: 'person', colleagueId: 'colleague' }[p.field] ?? p.field]).find(Boolean)
      first?.control.focus()
    }
  } },
  h('h2', { id: 'h-interaction' }, t('app.interaction.title')),
  h('p', { class: 'why' }, t('app.interaction.help')),
  h('div', { class: 'controls' },
    field('colleague', 'app.interaction.colleague', colleague),
    field('person', 'app.interaction.person', person),
    field('kind', 'app.interaction.kind', kind),
    field('date', 'app.interaction.date', date),
    field('outcome', 'app.interaction.outcome', outcome)),
  h('div', { class: 'controls' }, field('note', 'app.interaction.note', note)),
  message,
  h('button', { type: 'submit' }, t('app.interaction.save')))
  return form
}
