// One lane's name, shortened to fit: the timeline's lanes and the charts' thread axes share it.

/** Lane labels lose their start, not their end: "…request/req-7" still says which thread. */
export function laneLabel(label: string, max = 22): string {
  return label.length <= max ? label : '…' + label.slice(label.length - max + 1)
}
