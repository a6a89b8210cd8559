// The CLI tests run the bundled JavaScript, as users do: build it once. Then
// the run gets a temp folder of its own, checked for leftovers at the end.
import {execFileSync} from 'node:child_process'
import {tempRoot} from './temp-root.js'

export default function setup(): () => void {
  execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'inherit'})
  return tempRoot()
}
