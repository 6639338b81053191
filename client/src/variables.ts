// Expands the variables VS Code users write in path settings (`${workspaceFolder}`, `${userHome}`,
// `${env:NAME}`), as the Python tool extensions do. Pure: no VS Code import, so it is unit-tested.
import * as os from 'os';
import * as path from 'path';

export interface VariableContext {
  /** File system path of the workspace folder the setting belongs to, if any. */
  workspaceFolder?: string;
  /** All workspace folders by name, for `${workspaceFolder:name}`. */
  workspaceFolders?: ReadonlyMap<string, string>;
  env?: NodeJS.ProcessEnv;
  userHome?: string;
}

export function resolveVariables(value: string, ctx: VariableContext): string {
  const env = ctx.env ?? process.env;
  const home = ctx.userHome ?? os.homedir();
  let out = value.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    if (name === 'workspaceFolder' || name === 'workspaceRoot') {
      return ctx.workspaceFolder ?? whole;
    }
    if (name === 'workspaceFolderBasename') {
      return ctx.workspaceFolder ? path.basename(ctx.workspaceFolder) : whole;
    }
    if (name.startsWith('workspaceFolder:')) {
      return ctx.workspaceFolders?.get(name.slice('workspaceFolder:'.length)) ?? whole;
    }
    if (name === 'userHome') {
      return home;
    }
    if (name.startsWith('env:')) {
      return env[name.slice('env:'.length)] ?? '';
    }
    return whole;
  });
  // `~/venv/bin/python` is common in settings too.
  if (out === '~' || out.startsWith('~/')) {
    out = path.join(home, out.slice(1));
  }
  return out;
}
