import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadFormats} from '../../src/formats/index.js'
import {decodeDraft} from '../../src/io/read-draft.js'
import {packageRoot} from '../../src/package-root.js'
import {applyChoices, ChoiceError, chosenEdits, ConflictError, reviewModel, type Choices, type ReviewModel} from '../../src/review/model.js'
import {lintDraft} from '../../src/run.js'
import {linter} from '../helpers.js'

const seedText = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), 'utf8')

function reviewed(text: string, file = 'drafts/a.txt') {
  const result = lintDraft(linter(), decodeDraft(file, new TextEncoder().encode(text)), file, {fix: true})
  return {result, model: reviewModel(result)}
}

const optionId = (model: ReviewModel, label: string) => [...model.options.values()].find((option) => option.label === label)!.id
const everyFix = (model: ReviewModel): Choices => ({accepted: model.fixes.map((fix) => fix.id), typed: {}})
const textOf = (model: ReviewModel, choices: Choices) => applyChoices(model, chosenEdits(model, choices)).text

// The describe blocks below lint as they are collected.
await loadFormats(['a.md'])

describe('the seed draft', () => {
  const {result, model} = reviewed(seedText, 'drafts/biden-nato-summit.txt')

  it('offers each fix of the corrected draft as one checkbox "old → new", and the other suggestions unchecked', () => {
    expect(model.fixes.map((fix) => fix.label)).toEqual([
      'hanging in balance → hanging in the balance',
      'Zelensky → Zelenskyy',
      'Cyclone diplomacy → Whirlwind diplomacy',
      'on locksteps → in lockstep',
      'Kiev → Kyiv (line 27)',
      ', to weaken → (nothing)',
      '␣“ → (nothing) (line 39)',
      'Dudar → Duda',
      'Jane Sackie → Jen Psaki',
      '“ → ”␣',
      '␣, → (nothing)',
      '␣“ → (nothing) (line 57)',
      'Kiev → Kyiv (line 65)',
      'Leave a Comment → (nothing)'
    ])
    expect(model.findings.flatMap((finding) => finding.candidates.map((option) => option.label))).toEqual(['locksteps → lockstep'])
    expect(model.findings.filter((finding) => finding.typeable).map((finding) => [finding.message.ruleId, finding.message.actual!.slice(0, 20)])).toEqual([
      ['readability', 'It remains to be see'],
      ['readability', 'U.S. National Securi'],
      ['readability', 'Biden and other lead'],
      ['readability', 'Biden will also disc'],
      ['fragment', 'Latvia.'],
      ['readability', 'In Brussels, Biden w'],
      ['quotes', '”'],
      ['name-to-verify', 'Elizabeth Schulz']
    ])
    expect(model.findings.filter((finding) => finding.name).map((finding) => finding.name)).toEqual(['Elizabeth Schulz'])
  })

  it('accepting every fix gives the corrected draft and its diff, byte for byte', () => {
    expect(applyChoices(model, chosenEdits(model, everyFix(model)))).toEqual({text: result.output, diff: result.diff})
  })

  it('rejecting "Dudar → Duda" gives the corrected draft with only that change undone', () => {
    const dudar = optionId(model, 'Dudar → Duda')
    const text = textOf(model, {accepted: everyFix(model).accepted.filter((id) => id !== dudar), typed: {}})
    expect(text).toBe(result.output.replace('Polish President Andrzej Duda.', 'Polish President Andrzej Dudar.'))
    expect(text).not.toBe(result.output)
  })

  it('rejecting everything gives the draft as it is, with an empty diff', () => {
    expect(applyChoices(model, chosenEdits(model, {accepted: [], typed: {}}))).toEqual({text: seedText, diff: ''})
  })

  it('applies any subset of the fixes: each accepted one changes its own text, each rejected one leaves it', () => {
    // Every other fix: the ones taken are in the text, the ones left are not.
    const taken = model.fixes.filter((_, index) => index % 2 === 0)
    expect(taken.map((fix) => fix.label)).toEqual(['hanging in balance → hanging in the balance', 'Cyclone diplomacy → Whirlwind diplomacy', 'Kiev → Kyiv (line 27)', '␣“ → (nothing) (line 39)', 'Jane Sackie → Jen Psaki', '␣, → (nothing)', 'Kiev → Kyiv (line 65)'])
    const text = textOf(model, {accepted: taken.map((fix) => fix.id), typed: {}})
    expect(text).toBe(
      seedText
        .replace('hanging in balance', 'hanging in the balance')
        .replace('Cyclone diplomacy', 'Whirlwind diplomacy')
        .replace('directly assisting Kiev', 'directly assisting Kyiv')
        .replace('around sanctions. “', 'around sanctions.')
        .replace('Jane Sackie', 'Jen Psaki')
        .replace('completely.” , Stay', 'completely.” Stay')
        .replace('toppling the Kiev', 'toppling the Kyiv')
    )
  })

  it('applies a candidate the fixer left, and a replacement the editor types', () => {
    const latvia = model.findings.find((finding) => finding.message.actual === 'Latvia.')!
    const text = textOf(model, {accepted: [optionId(model, 'locksteps → lockstep')], typed: {[latvia.id]: 'and Latvia.'}})
    expect(text).toBe(seedText.replace('on locksteps', 'on lockstep').replace('and Russia. Latvia.', 'and Russia. and Latvia.'))
    // A replacement that is the text as written changes nothing.
    expect(textOf(model, {accepted: [], typed: {[latvia.id]: 'Latvia.'}})).toBe(seedText)
  })

  it('refuses two changes to the same text, naming both', () => {
    const choices = {accepted: [optionId(model, 'on locksteps → in lockstep'), optionId(model, 'locksteps → lockstep')], typed: {}}
    expect(() => chosenEdits(model, choices)).toThrow(new ConflictError('“on locksteps → in lockstep” and “locksteps → lockstep” change the same text: choose one'))
  })

  it('refuses a choice it never offered', () => {
    expect(() => chosenEdits(model, {accepted: ['fix-99'], typed: {}})).toThrow(new ChoiceError('no such choice: "fix-99"'))
    const kiev = model.findings.find((finding) => finding.message.actual === 'Kiev')!
    expect(() => chosenEdits(model, {accepted: [], typed: {[kiev.id]: 'Kyiv'}})).toThrow(new ChoiceError(`no replacement can be typed for finding "${kiev.id}"`))
    expect(() => chosenEdits(model, {accepted: [], typed: {'1e0': 'x'}})).toThrow(new ChoiceError('no replacement can be typed for finding "1e0"'))
  })
})

describe('a fix made over two passes', () => {
  it('is one checkbox: its atoms are the composed edits of the original', () => {
    const {result, model} = reviewed('Share this article\nFollow us on Twitter\n\nMoscow warns the West over weapons deliveries.\n')
    expect(result.passes).toBe(2)
    expect(model.fixes.map((fix) => [fix.label, fix.edits])).toEqual([['Share this article → (nothing); Follow us on Twitter → (nothing)', [{start: 0, end: 41, text: ''}]]])
    expect(textOf(model, everyFix(model))).toBe(result.output)
  })
})

describe('a Markdown draft', () => {
  const text = '# Summit\n\nThe minister said the rec&iacute;eved aid was welcome, Polish President Andrzej **Dudar** said in Kiev.\n\nThe recieved letter.\n'
  const {result, model} = reviewed(text, 'drafts/a.md')

  it('accepting every fix gives the corrected draft', () => {
    expect(model.fixes.map((fix) => fix.label)).toEqual(['Dudar → Duda', 'Kiev → Kyiv'])
    expect(textOf(model, everyFix(model))).toBe(result.output)
  })

  it('offers candidates and typing only where the draft is the prose itself', () => {
    expect(model.findings.filter((finding) => finding.message.ruleId === 'spelling').map((finding) => [finding.message.actual, finding.candidates.map((option) => option.label)])).toEqual([
      ['rec&iacute;eved', []],
      ['recieved', ['recieved → received', 'recieved → relieved']]
    ])
    const received = optionId(model, 'recieved → received')
    expect(textOf(model, {accepted: [received], typed: {}})).toBe(text.replace('The recieved letter', 'The received letter'))
  })
})

describe('options named alike', () => {
  it('are told apart by their line, so each checkbox has a name of its own', () => {
    const {model} = reviewed('The talks in Kiev went on.\n\nThe the minister left.\n\nThe the aides stayed in Kiev.\n')
    expect(model.fixes.map((fix) => fix.label)).toEqual(['Kiev → Kyiv (line 1)', 'The the → The (line 3)', 'The the → The (line 5)', 'Kiev → Kyiv (line 5)'])
  })
})
