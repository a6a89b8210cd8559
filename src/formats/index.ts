/**
 * A draft's format, by its extension: plain text is prose as it is;
 * Markdown and HTML are parsed by the unified collective's parsers, and
 * their prose is read out with a map back to the draft (prose.ts). The
 * markup parsers are loaded only when a draft needs them.
 */
import path from 'node:path'
import type {Node} from 'unist'
import {Prose} from './prose.js'

export interface Markup {
  prose: Prose
  /** The syntax tree, for control comments (`<!--article-lint disable quotes-->`). */
  tree?: Node
  marker?: (node: Node) => {name: string; attributes: string} | null | undefined | void
}

export interface FormatOptions {
  /** Front-matter fields that are prose (Markdown). */
  frontMatterProse: readonly string[]
}

type Reader = (draft: string, options: FormatOptions) => Markup

const EXTENSIONS: Record<string, 'markdown' | 'html'> = {'.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html'}

const loaded: Partial<Record<'markdown' | 'html', Reader>> = {}

/** Load the readers the drafts at these paths need (once per process). */
export async function loadFormats(paths: Iterable<string>): Promise<void> {
  for (const format of new Set([...paths].map(formatOf))) {
    if (format === 'markdown') loaded.markdown ??= (await import('./markdown.js')).readMarkdown
    if (format === 'html') loaded.html ??= (await import('./html.js')).readHtml
  }
}

export function formatOf(file: string | undefined): 'text' | 'markdown' | 'html' {
  return EXTENSIONS[path.extname(file ?? '').toLowerCase()] ?? 'text'
}

/** A draft nested deeper than its reader can follow (src/pipeline.ts reports it as the draft's input error). */
export class NestingError extends Error {
  override name = 'NestingError'
  /** What the reader cannot do with such a draft, before why. */
  constructor(
    message: string,
    readonly what = 'nested too deeply to read'
  ) {
    super(message)
  }
}

/** A draft's markup and prose: plain text is its own prose. */
export function readMarkup(draft: string, file: string | undefined, options: FormatOptions): Markup {
  const format = formatOf(file)
  if (format === 'text') return {prose: Prose.of(draft)}
  const reader = loaded[format]
  if (!reader) throw new Error(`the ${format} reader is not loaded: call loadFormats first`)
  return reader(draft, options)
}
