/**
 * A minimal LSP client for tests: spawns `mechlens lsp --stdio`, frames JSON-RPC with Content-Length
 * headers, answers the server's own requests (configuration, registrations, progress), and records
 * what it publishes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lexicon';

type Json = unknown;

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity?: number; code?: string | number; message: string; source?: string; data?: unknown }>;
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: Json): void; reject(e: Error): void }>();
  private readonly waiters: Array<() => void> = [];
  readonly published = new Map<string, Published>();
  readonly messages: string[] = [];
  /** window/logMessage lines (the server's log). */
  readonly logs: string[] = [];
  /** $/progress notifications, by token: the kinds in order ("begin", "report", "end"). */
  readonly progress = new Map<string | number, string[]>();
  readonly stderr: string[] = [];
  /** Answers to workspace/configuration, by section. */
  settings: Record<string, Json> = {};

  /** `args`: what node runs, `mechlens lsp --stdio` unless another layout is tested (the server bundle run directly, as VS Code does). */
  constructor(env: NodeJS.ProcessEnv = {}, args: readonly string[] = [join(ROOT, 'bin', 'mechlens.js'), 'lsp', '--stdio']) {
    this.child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.child.on('exit', (code) => {
      const error = new Error(`the server exited (${code}): ${this.stderr.join('').slice(-800)}`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    });
  }

  /** The server's process id (benchmarks read its memory). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  private send(message: Json): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as { id?: number; method?: string; params?: Json; result?: Json; error?: { message: string } });
    }
  }

  private handle(m: { id?: number; method?: string; params?: Json; result?: Json; error?: { message: string } }): void {
    if (m.method === undefined && m.id !== undefined) {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error) p?.reject(new Error(m.error.message));
      else p?.resolve(m.result ?? null);
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics') this.published.set((m.params as Published).uri, m.params as Published);
    if (process.env.LSP_TRACE) console.error('<-', m.method ?? 'response', JSON.stringify(m.params ?? m.result ?? null).slice(0, 150));
    if (m.method === '$/progress') {
      const { token, value } = m.params as { token: string | number; value: { kind: string } };
      this.progress.set(token, [...(this.progress.get(token) ?? []), value.kind]);
    }
    if (m.method === 'window/showMessage' || m.method === 'window/showMessageRequest') this.messages.push((m.params as { message: string }).message);
    if (m.method === 'window/logMessage') this.logs.push((m.params as { message: string }).message);
    if (m.id !== undefined) {
      // A request from the server.
      let result: Json = null;
      if (m.method === 'workspace/configuration') result = (m.params as { items: Array<{ section?: string }> }).items.map((i) => this.settings[i.section ?? ''] ?? null);
      this.send({ jsonrpc: '2.0', id: m.id, result });
    }
    for (const w of this.waiters.splice(0)) w();
  }

  request<T = Json>(method: string, params: Json): Promise<T> {
    return this.begin<T>(method, params).response;
  }

  /** A request and its id, which `$/cancelRequest` names. */
  begin<T = Json>(method: string, params: Json): { id: number; response: Promise<T> } {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return { id, response: new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: Json) => void, reject })) };
  }

  notify(method: string, params: Json): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Waits until `test` holds after some message from the server (or fails after `ms`). */
  async until<T>(test: () => T | undefined | false, what: string, ms = 20_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = test();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server said: ${this.stderr.join('').slice(-500)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async initialize(folder: string, capabilities: Json = { workspace: { configuration: true }, window: { workDoneProgress: true } }, initializationOptions: Json = {}): Promise<Json> {
    const result = await this.request('initialize', {
      processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities, initializationOptions,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'test' }],
    });
    this.notify('initialized', {});
    return result;
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 3000);
      this.child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}
