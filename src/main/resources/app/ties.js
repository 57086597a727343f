// The deal's ties as a list (the graph's edges in words), each with a Remove button. A tie is
// not part of the deal's version (the same tie serves every deal at the account), so instead of
// the deal's If-Match the page reads the tie again before it removes it: when a colleague
// changed or removed it since the page was drawn, nothing is removed and the page says so and
// shows the ties as they are now.
import { api, deal, h, state, t } from './app.js'

const COMPARED = ['strength', 'level', 'lastContact', 'source', 'dotted', 'note']

function names() {
  const d = state.deal
  const known = {}
  for (const seat of d.map.team) known[seat.colleague.id] = seat.colleague.name
  for (const { person } of d.map.stakeholders) known[person.id] = person.name
  return known
}

const path = (tie) => `/api/v1/relationships/${tie.type}/${encodeURIComponent(tie.from)}/${encodeURIComponent(tie.to)}`

function sentence(tie, known) {
  return `${known[tie.from] ?? tie.from} ${t(`app.tietype.${tie.type}`)} ${known[tie.to] ?? tie.to}`
}

async function remove(tie) {
  const d = state.deal
  const notice = (kind, key, id) => h('div', { class: `notice ${kind}`, role: kind === 'ok' ? 'status' : 'alert', id }, t(key))
  try {
    const now = (await api(path(tie))).body
    if (COMPARED.some((field) => (now[field] ?? null) !== (tie[field] ?? null))) {
      return await deal(d.id, notice('conflict', 'app.ties.changed', 'conflict'))
    }
    await api(path(tie), { method: 'DELETE' })
    await deal(d.id, notice('ok', 'app.ties.removed'))
  } catch (error) {
    if (error.status === 404) return deal(d.id, notice('conflict', 'app.ties.gone', 'conflict'))
    await deal(d.id, h('div', { class: 'notice error', role: 'alert' }, `${t('app.ties.error')} ${error.message}`))
  }
}

/** Asks before removing: a modal dialog naming the tie, focus on "Keep it". */
function confirmRemoval(tie, known) {
  const keep = h('button', { type: 'button', class: 'quiet', value: 'keep' }, t('app.ties.keep'))
  const yes = h('button', { type: 'button', value: 'remove', id: 'confirm-remove' }, t('app.ties.confirm'))
  const dialog = h('dialog', { id: 'confirm', 'aria-labelledby': 'h-confirm', 'aria-describedby': 'confirm-text' },
    h('h2', { id: 'h-confirm' }, t('app.ties.confirm.title')),
    h('p', { id: 'confirm-text' }, `${sentence(tie, known)}. ${t('app.ties.confirm.text')}`),
    h('div', { class: 'controls' }, yes, keep))
  keep.addEventListener('click', () => dialog.close())
  yes.addEventListener('click', async () => {
    dialog.close()
    await remove(tie)
  })
  dialog.addEventListener('close', () => dialog.remove())
  document.body.append(dialog)
  dialog.showModal()
  keep.focus()
}

export function tieTable() {
  const d = state.deal
  const known = names()
  const strength = (tie) => (tie.strength === null || tie.strength === undefined) ? '–' : tie.strength.toFixed(2)
  return h('details', { id: 'ties-list' }, h('summary', {}, t('app.ties.alt')),
    h('div', { class: 'scroll' }, h('table', { id: 'deal-ties' },
      h('thead', {}, h('tr', {}, ['app.tie.from', 'app.tie.type', 'app.tie.to', 'app.ties.strength', 'app.col.contact', 'app.col.trust', 'app.col.actions']
        .map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, d.map.ties.length === 0 ? h('tr', {}, h('td', { colspan: 7 }, t('app.ties.none')))
        : d.map.ties.map((tie) => h('tr', { 'data-tie': `${tie.type}:${tie.from}:${tie.to}` },
          h('td', {}, known[tie.from] ?? tie.from),
          h('td', {}, t(`app.tietype.${tie.type}`)),
          h('td', {}, known[tie.to] ?? tie.to),
          h('td', { class: 'num' }, strength(tie)),
          h('td', {}, tie.lastContact ?? '–'),
          h('td', {}, tie.level ? t(`app.trust.${tie.level}`) : '–'),
          h('td', {}, h('button', { type: 'button', class: 'quiet', 'aria-label': `${t('app.ties.remove')}: ${sentence(tie, known)}`,
            onclick: () => confirmRemoval(tie, known) }, t('app.ties.remove')))))))))
}
