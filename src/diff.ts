/**
 * The reviewable diff: a unified diff from the draft to the corrected draft,
 * with git-style a/ b/ paths relative to the repository root, so that both
 * `git apply` and `patch -p1` accept it.
 */
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'

export function unifiedDiff(repoPath: string, original: string, corrected: string): string {
  if (original === corrected) return ''
  const name = repoPath.split('\\').join('/')
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, original, corrected, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  })
}
