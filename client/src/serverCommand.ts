// The command line that starts the server. Pure, unit-tested.
//
// useBundled: `<python> <ext>/bundled/tool/launcher.py serve --stdio`; the launcher puts bundled/libs
// first on sys.path (before site-packages and before the working directory, which `-m` would put first)
// so the shipped torchmode, pygls and jedi win over whatever the environment has.
// fromEnvironment: `<python> -m torchmode serve --stdio` with the interpreter's own torchmode.
// The controller appends `--stdio` when it starts the process (serverProcess.ts).
import * as path from 'path';
import { ImportStrategy, TraceLevel } from './settings';

export interface ServerCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

export function serverCommand(
  interpreter: string,
  strategy: ImportStrategy,
  extensionRoot: string,
  trace: TraceLevel,
  baseEnv: NodeJS.ProcessEnv = process.env,
): ServerCommand {
  const serveArgs = ['serve', ...(trace === 'verbose' ? ['-v'] : [])];
  const env: NodeJS.ProcessEnv = { ...baseEnv, PYTHONUNBUFFERED: '1', PYTHONIOENCODING: 'utf-8' };
  if (strategy === 'useBundled') {
    const launcher = path.join(extensionRoot, 'bundled', 'tool', 'launcher.py');
    return { command: interpreter, args: [launcher, ...serveArgs], env };
  }
  return { command: interpreter, args: ['-m', 'torchmode', ...serveArgs], env };
}
