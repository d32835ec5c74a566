/** How many worker threads check files at once when nobody said: the command line's `--jobs` default, and the language server's Check Workspace. */

/** Files checked at once by default: one per file, up to the cores and 4. */
const DEFAULT_MAX_JOBS = 4;

/**
 * Workers when none were asked for: each loads the analyser (about half a second) and competes for a
 * core, so they pay only with cores to spare; on two cores one by one was faster (12.6 s against 18.5 s
 * for 20 files), so workers start from three cores, one core left to the main thread.
 */
export function defaultJobs(cores: number): number {
  return cores >= 3 ? Math.min(cores - 1, DEFAULT_MAX_JOBS) : 1;
}
