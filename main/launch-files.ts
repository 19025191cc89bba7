// The scenario a launch names: `schedlab my.schedlab.json` on a command line, or the file the
// OS passes when the user opens one with SchedLab (Windows and Linux pass it in argv; macOS
// sends open-file instead). Switches are Chromium's or ours, never a file.
import { resolve } from 'node:path'

/**
 * The last `.json` argument (`.schedlab.json` is the associated kind; the Open dialog takes any
 * .json too), resolved against the launch's working folder. An unpackaged run has the app's own
 * folder as its first argument after the executable.
 */
export function scenarioArgument(
  argv: readonly string[],
  cwd: string,
  packaged: boolean
): string | null {
  const args = argv.slice(packaged ? 1 : 2)
  const files = args.filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.json'))
  const last = files.at(-1)
  return last === undefined ? null : resolve(cwd, last)
}
