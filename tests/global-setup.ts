// The CLI tests run the bundled JavaScript, as users do: build it once.
import {execFileSync} from 'node:child_process'

export default function setup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'inherit'})
}
