export const SCHEDLAB_VERSION = '0.1.0'
