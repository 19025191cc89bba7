// The timeline's lanes and draw classes live in present/lane.ts, shared with `schedlab chart`;
// this module keeps the timeline's many imports of './lane' short.
export * from '../../../../present/lane'
