// A child for out-targets.test.ts: writes slowly to --out so that a signal arrives mid-write.
// Each 64 KiB piece waits 20 ms first (blocking, so the write stays in progress); between pieces
// the writer awaits the file system, which is when the signal handler runs. It announces the
// first piece on stdout so the parent knows the temporary file exists.
import { writeOutput } from '../../../cli/output'

const [target] = process.argv.slice(2)
const pause = new Int32Array(new SharedArrayBuffer(4))

function* slowly(): Generator<string> {
  for (let i = 0; i < 500; i++) {
    Atomics.wait(pause, 0, 0, 20)
    yield 'x'.repeat(1 << 16)
    if (i === 1) process.stdout.write('writing\n')
  }
}

await writeOutput(slowly(), target)
process.stdout.write('finished\n')
