// An I/O device with a number of channels; requests beyond them wait in FIFO order.
export class Device {
  busy = 0
  readonly waiting: { task: number; ticks: number }[] = []
  /** Ticks with at least one request in service. */
  busyTime = 0
  busySince = 0

  constructor(
    readonly name: string,
    readonly channels: number
  ) {}
}
