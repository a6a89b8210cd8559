/** The report formats `--format` accepts. Adding one means adding it here. */
import type {FileResult} from '../run.js'
import {github} from './github.js'
import {json} from './json.js'
import {rdjson} from './rdjson.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import {summary} from './summary.js'

export interface ReportOptions {
  quiet: boolean
  color: boolean
}

export const formats: Record<string, (results: readonly FileResult[], options: ReportOptions) => string> = {
  stylish,
  json,
  github,
  markdown: summary,
  sarif,
  rdjson
}
