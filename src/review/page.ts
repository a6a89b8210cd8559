/**
 * The review page as HTML: the article as the reader sees it (its prose,
 * paragraph by paragraph), every finding marked in place and described
 * under its paragraph with its choices, and the panel with the diff and
 * Save. Built as a hast tree and serialised by hast-util-to-html, so every
 * piece of the article, however hostile, is text, never markup. The page's
 * script (assets/review.js) reads the controls' data attributes.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {htmlPage} from '../report/html-page.js'
import {sentenceParts} from '../report/status.js'
import {paragraphsOf} from '../text/lines.js'
import {firstIndex} from '../sorted.js'
import {proseOffset, shown, type Range, type ReviewFinding, type ReviewModel} from './model.js'

export interface PageSettings {
  /** A hash of the draft's bytes as the page was made: Save is refused when the file no longer has it. */
  hash: string
  /** How often the page tells the server it is still open. */
  heartbeatMs: number
  /** The accepted-names file, as the page names it; none when no config of the user's own can take names. */
  acceptedNames?: string
  /** The diff of the first choices (every fix checked), shown before the script asks for it. */
  initialDiff: string
}

/** The keys the page answers to, listed on it. */
export const KEYS: ReadonlyArray<readonly [keys: string[], what: string]> = [
  [['j', 'n'], 'next finding'],
  [['k', 'p'], 'previous finding'],
  [['a'], 'accept: check its fix, or pick its first candidate (a replacement to type: go to its field)'],
  [['r'], 'reject: keep the text as written']
]

export function reviewPage(model: ReviewModel, settings: PageSettings): string {
  const prose = model.prose.text
  const placed = model.findings.filter((finding) => finding.places.length > 0)
  const notes = model.findings.filter((finding) => finding.places.length === 0)
  const toProse = (place: Range) => ({start: proseOffset(model.prose, place.start), end: proseOffset(model.prose, place.end, true)})
  const paragraphs = paragraphsOf(prose)
  const under = paragraphs.map(() => [] as ReviewFinding[])
  for (const finding of placed) {
    const start = toProse(finding.places[0]!).start
    under[Math.min(firstIndex(paragraphs.length, (index) => paragraphs[index]!.end > start), paragraphs.length - 1)]?.push(finding)
  }
  const marks = placed.flatMap((finding) => finding.places.map((place) => ({finding, ...toProse(place)})))
  const fixes = model.fixes.length
  return htmlPage({
    title: `Review: ${model.path}`,
    head: [h('link', {rel: 'stylesheet', href: 'review.css'}), h('script', {src: 'review.js', defer: true})],
    body: h('body', {dataHash: settings.hash, dataHeartbeat: String(settings.heartbeatMs)}, [
      h('header', [
        h('h1', ['Review ', h('code', model.path)]),
        h('p', `${count(model.findings.length, 'finding')}; ${count(fixes, 'fix', 'fixes')} checked: the corrected draft applies ${fixes === 1 ? 'it' : 'them'}. Nothing is written until you press Save.`),
        keyboardHelp()
      ]),
      h('main', [
        h('section.article', {ariaLabel: 'The article'}, [
          ...(notes.length > 0 ? [h('section.notes', [h('h2', 'About the whole draft'), h('ol.findings', notes.map((finding) => card(finding, settings)))])] : []),
          ...paragraphs.map((paragraph, index) =>
            h('div.paragraph', [h(model.prose.headings?.has(paragraph.start) ? 'p.text.heading' : 'p.text', marked(prose, paragraph, paragraphs[index + 1]?.start ?? Infinity, marks)), ...(under[index]!.length > 0 ? [h('ol.findings', under[index]!.map((finding) => card(finding, settings)))] : [])])
          )
        ]),
        h('aside.changes', {ariaLabelledby: 'changes-title'}, [
          h('h2#changes-title', 'Your changes'),
          h('p#status', {role: 'status'}, 'The diff below is what Save will write.'),
          h('p#problem', {role: 'alert'}),
          h('button#save', {type: 'button'}, 'Save'),
          h('pre#diff', {ariaLabel: 'Diff of your choices', tabIndex: 0}, settings.initialDiff),
          h('section#written', {hidden: true}, [h('h2', 'Written'), h('pre#written-diff', {ariaLabel: 'Diff written'})])
        ])
      ])
    ])
  })
}

function keyboardHelp(): Element {
  return h('section.keys', {ariaLabelledby: 'keys-title'}, [
    h('h2#keys-title', 'Keyboard'),
    h(
      'dl',
      KEYS.flatMap(([keys, what]) => [h('dt', keys.flatMap((key, index) => [...(index > 0 ? [' or '] : []), h('kbd', key)])), h('dd', what)])
    )
  ])
}

/**
 * A paragraph's text, each finding's range a mark followed by its number (a
 * link to its card); a range that ends between paragraphs gets its number at
 * the paragraph's end. `nextStart`: where the next paragraph starts.
 */
function marked(prose: string, paragraph: Range, nextStart: number, marks: ReadonlyArray<Range & {finding: ReviewFinding}>): ElementContent[] {
  const inside = marks.filter((mark) => mark.end >= paragraph.start && mark.start <= paragraph.end && (mark.start < paragraph.end || mark.start === mark.end))
  const endOf = (mark: Range) => Math.min(mark.end, paragraph.end)
  const cuts = [...new Set([paragraph.start, paragraph.end, ...inside.flatMap((mark) => [mark.start, endOf(mark)])])].filter((cut) => cut >= paragraph.start).sort((a, b) => a - b)
  const content: ElementContent[] = []
  cuts.forEach((cut, index) => {
    for (const mark of inside) {
      // A point where something would go; then the numbers of the findings that end here.
      if (mark.start === mark.end && mark.start === cut) content.push(h('mark.point', {dataFindings: String(mark.finding.id), ariaHidden: 'true'}, '‸'))
      if (endOf(mark) === cut && mark.end < nextStart) content.push(reference(mark.finding))
    }
    const next = cuts[index + 1]
    if (next === undefined) return
    const text = prose.slice(cut, next)
    const over = inside.filter((mark) => mark.start <= cut && next <= mark.end && mark.start < mark.end)
    if (over.length === 0) content.push({type: 'text', value: text})
    else content.push(h(`mark.${worst(over.map((mark) => mark.finding))}`, {dataFindings: over.map((mark) => mark.finding.id).join(' ')}, text))
  })
  return content
}

function reference(finding: ReviewFinding): Element {
  return h('sup', h('a.ref', {href: `#finding-${finding.id}`, ariaLabel: `finding ${finding.id + 1}`}, String(finding.id + 1)))
}

const SEVERITIES = ['error', 'warning', 'info'] as const

function worst(findings: readonly ReviewFinding[]): string {
  return SEVERITIES.find((severity) => findings.some((finding) => finding.message.severity === severity)) ?? 'info'
}

/** A finding's card: what it says, and what the editor can do about it. */
function card(finding: ReviewFinding, settings: PageSettings): Element {
  const {message} = finding
  const where = message.line === undefined ? [] : [` · line ${message.line}`]
  return h('li.finding', {id: `finding-${finding.id}`, tabIndex: -1, dataFinding: String(finding.id), ariaLabelledby: `finding-${finding.id}-title`}, [
    h('p.head', {id: `finding-${finding.id}-title`}, [h('span.number', `${finding.id + 1}`), ' ', h(`span.severity.${message.severity}`, message.severity), ' ', h('code.rule', message.ruleId ?? ''), ...where]),
    h('p.reason', reason(message)),
    ...controls(finding, settings)
  ])
}

/** The finding's reason: its rule's sentence, the article's own words in it as code. */
function reason(message: ReviewFinding['message']): ElementContent[] {
  return sentenceParts(message).map((part) => (part.code ? h('code', part.text) : {type: 'text', value: part.text}))
}

function controls(finding: ReviewFinding, settings: PageSettings): Element[] {
  const made: Element[] = []
  const {fix} = finding
  if (fix && finding.status === 'fixed') {
    // A fix several findings share has its checkbox once, at the first.
    if (fix.findings[0] === finding.id) made.push(choice('checkbox', fix.id, fix.label, true, `finding-${finding.id}`, places(fix.edits.length)))
    else made.push(h('p.note', `Fixed together with finding ${fix.findings[0]! + 1}.`))
  }
  if (fix && finding.status === 'resolved') made.push(h('p.note', [`Resolved by the fix “${fix.label}” (finding ${fix.findings[0]! + 1}), while it is checked.`]))
  if (finding.candidates.length === 1) made.push(choice('checkbox', finding.candidates[0]!.id, finding.candidates[0]!.label, false, `finding-${finding.id}`))
  if (finding.candidates.length > 1) {
    const group = `finding-${finding.id}`
    made.push(
      h('fieldset.candidates', [
        h('legend', 'Choose one'),
        choice('radio', '', `Keep “${shown(finding.message.actual ?? '')}”`, true, group),
        ...finding.candidates.map((option) => choice('radio', option.id, option.label, false, group))
      ])
    )
  }
  if (finding.places.length > 0 && finding.status !== 'fixed' && finding.status !== 'resolved' && finding.candidates.length === 0 && !finding.typeable) {
    made.push(h('p.note', 'Markup, an escape or a character reference lies in this text: change it in the draft itself.'))
  }
  if (finding.typeable) {
    const actual = finding.message.actual ?? ''
    const field = actual.length > 60 || actual.includes('\n') ? h('textarea', {rows: 3, dataTyped: String(finding.id), dataOriginal: actual}, actual) : h('input', {type: 'text', value: actual, dataTyped: String(finding.id), dataOriginal: actual})
    made.push(h('label.typed', [h('span', 'Replace with'), field]))
  }
  if (finding.name !== undefined) {
    made.push(
      settings.acceptedNames === undefined
        ? h('p.note', 'To stop listing this name, add it to the accepted names of a config of your own.')
        : h('p.accept-name', [h('button', {type: 'button', dataAcceptName: String(finding.id)}, `Mark ${finding.name} as checked`), ` adds it to ${settings.acceptedNames}.`])
    )
  }
  return made
}

function choice(type: 'checkbox' | 'radio', option: string, label: string, checked: boolean, group: string, description?: string): Element {
  const input = h('input', {type, dataOption: option, checked, ...(type === 'radio' && {name: group})})
  return h(`label.choice.${type}`, [input, ' ', h('span.label', label), ...(description ? [' ', h('span.places', description)] : [])])
}

function places(count: number): string | undefined {
  return count > 1 ? `(in ${count} places)` : undefined
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
