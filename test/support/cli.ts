/** One run of the command line's `main`, its output collected: what the command-line tests share. */
import { main } from '../../src/cli/main';

export interface Run { code: number; out: string; err: string }

export async function run(args: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, stdin: () => Buffer.from(stdin) });
  return { code, out, err };
}
