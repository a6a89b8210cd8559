/**
 * A whole HTML page as text, for the HTML report and the review page: built
 * as a hast tree and serialised, so every text and attribute is escaped by
 * construction, never pasted together as strings.
 */
import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'

export interface PageParts {
  title: string
  /** Right after the charset: what must come before anything else is read (a Content-Security-Policy). */
  first?: Element[]
  /** After the title: the page's style sheet and script. */
  head: Element[]
  body: Element
}

export function htmlPage({title, first = [], head, body}: PageParts): string {
  return toHtml({
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [h('meta', {charset: 'utf-8'}), ...first, h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}), h('title', title), ...head]),
        body
      ])
    ]
  })
}
