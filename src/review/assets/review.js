// The review page's script (article-lint review). It sends the editor's
// choices to the server, which answers with their diff, and writes the draft
// on Save; it moves between findings by keyboard; and it tells the server
// while the page is open and when it closes. Article text only ever goes
// into the page as textContent.
'use strict'

const body = document.body
let hash = body.dataset.hash
const page = crypto.randomUUID()
const cards = [...document.querySelectorAll('li.finding')]
const status = document.getElementById('status')
const problem = document.getElementById('problem')
let current = -1
let asked = 0
/** Each finding's marks in the article, by finding id. */
const marksOf = new Map()
for (const mark of document.querySelectorAll('mark[data-findings]')) {
  for (const id of mark.dataset.findings.split(' ')) marksOf.set(id, [...(marksOf.get(id) ?? []), mark])
}

/** The options checked (a radio's "keep" has none) and the replacements typed, by finding. */
function choices() {
  const accepted = [...document.querySelectorAll('input[data-option]:checked')].map((input) => input.dataset.option).filter(Boolean)
  const typed = {}
  for (const field of document.querySelectorAll('[data-typed]')) if (field.value !== field.dataset.original) typed[field.dataset.typed] = field.value
  return {accepted, typed}
}

async function post(path, data) {
  let response
  try {
    response = await fetch(path, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(data ?? {})})
  } catch {
    return {ok: false, data: {error: 'The review server has stopped (the page was closed, or left idle too long). Run article-lint review again to go on.'}}
  }
  let answer = {}
  try {
    answer = await response.json()
  } catch {}
  return {ok: response.ok, data: answer}
}

/** A diff in a <pre>, a line per span, coloured by its first character. */
function showDiff(pre, diff) {
  pre.replaceChildren()
  for (const line of diff.split('\n')) {
    if (line === '') continue
    const span = document.createElement('span')
    span.className = line.startsWith('+++') || line.startsWith('---') ? 'file' : line.startsWith('@@') ? 'hunk' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : ''
    span.textContent = line
    pre.append(span)
  }
  if (diff === '') pre.textContent = 'No changes: the draft stays as it is.'
}

/** Ask for the diff of the current choices; an older answer that arrives late is dropped. */
async function update() {
  markChanged()
  const ask = ++asked
  const {ok, data} = await post('api/preview', choices())
  if (ask !== asked) return
  problem.textContent = ok ? '' : data.error
  if (ok) {
    showDiff(document.getElementById('diff'), data.diff)
    status.textContent = `${data.changes} ${data.changes === 1 ? 'change' : 'changes'} chosen. The diff below is what Save will write.`
  }
}

/** Marks of findings whose text a choice changes. */
function markChanged() {
  for (const mark of document.querySelectorAll('mark.changed')) mark.classList.remove('changed')
  for (const card of cards) {
    const changed = [...card.querySelectorAll('input[data-option]:checked')].some((input) => input.dataset.option) || [...card.querySelectorAll('[data-typed]')].some((field) => field.value !== field.dataset.original)
    if (changed) for (const mark of marksOf.get(card.dataset.finding) ?? []) mark.classList.add('changed')
  }
}

async function save() {
  const button = document.getElementById('save')
  button.disabled = true
  const {ok, data} = await post('api/save', {...choices(), hash})
  button.disabled = false
  if (!ok) {
    problem.textContent = data.error
    return
  }
  problem.textContent = ''
  hash = data.hash
  status.textContent = data.message
  const written = document.getElementById('written')
  written.hidden = false
  showDiff(document.getElementById('written-diff'), data.diff)
}

async function acceptName(button) {
  button.disabled = true
  const {ok, data} = await post('api/accept-name', {finding: Number(button.dataset.acceptName)})
  const line = button.parentElement
  if (ok) line.textContent = data.message
  else {
    button.disabled = false
    problem.textContent = data.error
  }
}

function select(index) {
  if (cards.length === 0) return
  current = Math.max(0, Math.min(cards.length - 1, index))
  for (const [at, card] of cards.entries()) card.classList.toggle('current', at === current)
  cards[current].focus()
}

/** Accept the current finding's change: its fix or candidate checked, its first candidate picked, or its field to type in. */
function accept() {
  const card = cards[current]
  if (!card) return
  const box = card.querySelector('input[type=checkbox][data-option]')
  const radios = [...card.querySelectorAll('input[type=radio][data-option]')]
  const field = card.querySelector('[data-typed]')
  if (box) box.checked = true
  else if (radios.length > 0 && radios[0].checked) radios[1].checked = true
  else if (field) return field.focus()
  update()
}

/** Reject it: keep the text as written. */
function reject() {
  const card = cards[current]
  if (!card) return
  const box = card.querySelector('input[type=checkbox][data-option]')
  const keep = card.querySelector('input[type=radio][data-option=""]')
  const field = card.querySelector('[data-typed]')
  if (box) box.checked = false
  if (keep) keep.checked = true
  if (field) field.value = field.dataset.original
  update()
}

const KEYS = {j: () => select(current + 1), n: () => select(current + 1), k: () => select(current - 1), p: () => select(current - 1), a: accept, r: reject}

document.addEventListener('keydown', (event) => {
  const typing = event.target.matches('input[type=text], textarea')
  if (typing && event.key === 'Escape') return event.target.closest('li.finding')?.focus()
  if (typing || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return
  const action = KEYS[event.key]
  if (!action) return
  event.preventDefault()
  action()
})

document.addEventListener('focusin', (event) => {
  const card = event.target.closest('li.finding')
  if (card) {
    current = cards.indexOf(card)
    for (const other of cards) other.classList.toggle('current', other === card)
  }
})

document.addEventListener('change', (event) => {
  if (event.target.matches('[data-option]')) update()
})
document.addEventListener('input', (event) => {
  if (event.target.matches('[data-typed]')) update()
})
document.getElementById('save').addEventListener('click', save)
for (const button of document.querySelectorAll('[data-accept-name]')) button.addEventListener('click', () => acceptName(button))

// The server stops when the last open page closes, or when no page has been heard from for a while.
post(`api/heartbeat?page=${page}`)
setInterval(() => post(`api/heartbeat?page=${page}`), Number(body.dataset.heartbeat))
addEventListener('pagehide', () => navigator.sendBeacon(`api/close?page=${page}`))
update()
