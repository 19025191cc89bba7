/** Pixel sizes of the Linux icon set, build/icons/NxN.png. */
export const LINUX_SIZES: number[]
/** Every icon file, by path relative to the build-resources folder (build/). */
export function iconFiles(): Map<string, Buffer>
