// `schedlab CMD --help`: each command's usage text, printed to stdout with exit code 0.
export function printHelp(text: string): number {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n')
  return 0
}
