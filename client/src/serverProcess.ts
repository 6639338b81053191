// The server process, started by the extension itself rather than by the languageclient.
//
// vscode-languageclient 9 logs every end of a process it spawned as an error, "Server process exited
// with code 0" after each normal stop or restart included (lib/node/main.js: an unconditional 'exit'
// listener), and a process that cannot be spawned makes it force a pop-up of its own besides ours.
// Spawning here, the extension says once and clearly when the interpreter cannot run, and logs a
// normal end as one. Pure (no VS Code import), unit-tested with real processes.
import { ChildProcess, spawn } from 'child_process';

export interface ProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Resolves once the process runs; rejects with the reason when it cannot be started at all. */
export function startProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: 'pipe', windowsHide: true });
    child.once('spawn', () => resolve(child));
    child.once('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(err.code === 'ENOENT' ? 'not found' : err.message));
    });
  });
}

export interface ExitReport {
  level: 'info' | 'warn' | 'error';
  message: string;
}

/** How the end of the server process reads in the log: exit code 0 (after shutdown and exit) is normal. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null, stopping: boolean): ExitReport {
  if (code === 0) {
    return { level: 'info', message: 'Server process exited normally (code 0).' };
  }
  const how = code !== null ? `with code ${code}` : `on signal ${signal}`;
  if (stopping) {
    return { level: 'warn', message: `Server process exited ${how} while stopping.` };
  }
  return { level: 'error', message: `Server process exited ${how}.` };
}

/**
 * Waits up to `graceMs` for the process to end on its own (it exits after `shutdown` and `exit`), then
 * kills it: the languageclient only does that for processes it spawned.
 */
export function ensureExited(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill(), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
