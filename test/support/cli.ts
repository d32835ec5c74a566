/** One run of the command line's `main`, in the process, with its output collected. */
import { main } from '../../src/cli/main';

export interface CliRun { code: number; out: string; err: string }

export async function runCli(args: string[], stdin = ''): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, stdin: () => Buffer.from(stdin) });
  return { code, out, err };
}
