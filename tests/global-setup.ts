// The CLI tests run the compiled JavaScript, as users do: build it once.
import {execFileSync} from 'node:child_process'

export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], {stdio: 'inherit'})
}
