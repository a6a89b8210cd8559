/**
 * Texts of every shape that has ever made article-lint superlinear, each
 * grown to a given size by repeating one unit: `npm run bench -- scale`
 * times them against a bare parse of the same text.
 */

export interface Shape {
  name: string
  /** What the shape exercises: a check's scan, the fixer's passes, the parser. */
  why: string
  /** The text of about `bytes` UTF-8 bytes. */
  text(bytes: number): string
  /** The draft's format, when not plain text. */
  extension?: 'md'
}

/** `unit` repeated until the text holds about `bytes` bytes, joined by `joiner`. */
function grown(unit: (index: number) => string, bytes: number, joiner = ''): string {
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const part = unit(index) + joiner
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join('')
}

/** Distinct misspellings one edit from a word (the suggester's two-edit index is not what this measures), more than repeated-phrase's reach apart. */
const MISSPELT = ['goverment', 'recieve', 'untill', 'begining', 'beleive', 'wich', 'occured', 'seperate', 'acheive', 'calender', 'foriegn', 'freind', 'independant', 'publically', 'truely', 'wierd', 'arguement']

/** Items of a list, more than repeated-phrase's reach apart when they come round again. */
const METALS = ['iron', 'copper', 'zinc', 'tin', 'lead', 'nickel', 'cobalt', 'silver', 'gold', 'lithium']

export const shapes: readonly Shape[] = [
  {name: 'one repeated word', why: 'repeated-words on one line: one run of one word (once a finding for each pair, fixed over 10 passes)', text: (bytes) => grown(() => 'word ', bytes).trimEnd()},
  {name: 'doubled words', why: 'repeated-words: thousands of fixes in one pass', text: (bytes) => grown(() => 'The council will will meet on Monday. ', bytes)},
  {name: 'name mangles', why: 'names: thousands of fixes, a gazetteer look-up each', text: (bytes) => grown(() => 'Polish President Andrzej Dudar met the press.\n\n', bytes)},
  {name: 'renamed places', why: 'phrases: thousands of "Kiev" → "Kyiv"', text: (bytes) => grown(() => 'Russian troops are advancing on Kiev. ', bytes)},
  {name: 'quotes', why: 'quotes: thousands of glued and misdirected marks in one paragraph', text: (bytes) => grown(() => 'He said “we will win”and left. They said ”no” today. ', bytes)},
  {name: 'one name two ways', why: 'name-consistency: one fix with thousands of edits', text: (bytes) => grown((index) => (index === 0 ? 'Viktor Orbán arrived late. ' : 'Orban said the talks went well. Orbán agreed. '), bytes)},
  {name: 'abbreviation lines', why: 'the parser: no sentence break holds after "Inc."', text: (bytes) => grown((index) => `Company ${index} is Acme Inc.`, bytes, '\n')},
  {name: 'closing quotes after a letter', why: 'a lookbehind over the run of quotes, rescanned from each position', text: (bytes) => `He said no${'”'.repeat(Math.floor(bytes / 3))}`},
  {name: 'comma-joined unknown words', why: 'spelling: a walk to the surrounding white space for each word', text: (bytes) => grown((index) => `${MISSPELT[index % MISSPELT.length]},`, bytes)},
  {name: 'one-word sentences', why: 'fragments and headings: the paragraph\'s sentences counted again for each', text: (bytes) => grown(() => 'Latvia. ', bytes)},
  {name: 'a long list before a fragment', why: 'fragments: a lookbehind read back to the sentence\'s start from every position', text: (bytes) => `${grown((index) => `${METALS[index % METALS.length]} and `, bytes - 30)}phosphate. Manganese.`},
  {name: 'table rows', why: 'the parser: a Markdown table\'s cells are blocks with no full stop, which parse-latin broke apart in n² time', extension: 'md', text: (bytes) => `| Region | Votes | Share |\n| --- | --- | --- |\n${grown((index) => `| Region ${index} | ${index * 7} | ${index % 100} per cent |`, bytes - 40, '\n')}`},
  {name: 'a run of spaces', why: 'punctuation: a pattern that starts with spaces read the run again from each of them', text: (bytes) => `Leaders met${' '.repeat(bytes - 30)}in Brussels today.`}
]
