// The extension's settings: what VS Code hands us (`torchmode.*`), normalised, and what the server
// receives (initializationOptions and workspace/configuration answers). Pure, unit-tested.
import { resolveVariables, VariableContext } from './variables';

export type ImportStrategy = 'useBundled' | 'fromEnvironment';
export type TraceLevel = 'off' | 'messages' | 'verbose';
export type NotificationLevel = 'off' | 'onError' | 'onWarning' | 'always';

export interface ExtensionSettings {
  enable: boolean;
  /** Resolved path of the interpreter the user set; '' when unset. */
  interpreter: string;
  importStrategy: ImportStrategy;
  select: string[];
  ignore: string[];
  severity: Record<string, string>;
  extraPaths: string[];
  codeAction: { disableRuleComment: boolean };
  fixAll: boolean;
  showNotifications: NotificationLevel;
  trace: { server: TraceLevel };
}

/**
 * The settings the server understands (issue 3), in the `torchmode` section's shape. A key is left out
 * when the editor setting has its default value, so `[tool.torchmode]` in pyproject.toml decides it;
 * the server layers editor settings over pyproject.toml.
 */
export interface ServerSettings {
  enable?: boolean;
  select?: string[];
  ignore?: string[];
  severity?: Record<string, string>;
  interpreter: string;
  extraPaths?: string[];
  codeAction?: { disableRuleComment: boolean };
  fixAll?: boolean;
}

export const DEFAULT_SETTINGS: ExtensionSettings = {
  enable: true,
  interpreter: '',
  importStrategy: 'useBundled',
  select: [],
  ignore: [],
  severity: {},
  extraPaths: [],
  codeAction: { disableRuleComment: true },
  fixAll: true,
  showNotifications: 'onError',
  trace: { server: 'off' },
};

/** Reads one setting; `get` mirrors WorkspaceConfiguration.get (dotted keys inside `torchmode`). */
export type SettingGetter = (key: string) => unknown;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
}

function severities(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [code, level] of Object.entries(value as Record<string, unknown>)) {
      if (typeof level === 'string') {
        out[code] = level;
      }
    }
  }
  return out;
}

/** Normalises raw settings: wrong types fall back to defaults, variables in paths are expanded. */
export function readSettings(get: SettingGetter, vars: VariableContext): ExtensionSettings {
  const d = DEFAULT_SETTINGS;
  const interpreter = typeof get('interpreter') === 'string' ? (get('interpreter') as string).trim() : '';
  return {
    enable: bool(get('enable'), d.enable),
    interpreter: interpreter ? resolveVariables(interpreter, vars) : '',
    importStrategy: oneOf(get('importStrategy'), ['useBundled', 'fromEnvironment'] as const, d.importStrategy),
    select: strings(get('select')),
    ignore: strings(get('ignore')),
    severity: severities(get('severity')),
    extraPaths: strings(get('extraPaths')).map((p) => resolveVariables(p, vars)),
    codeAction: { disableRuleComment: bool(get('codeAction.disableRuleComment'), d.codeAction.disableRuleComment) },
    fixAll: bool(get('fixAll'), d.fixAll),
    showNotifications: oneOf(get('showNotifications'), ['off', 'onError', 'onWarning', 'always'] as const, d.showNotifications),
    trace: { server: oneOf(get('trace.server'), ['off', 'messages', 'verbose'] as const, d.trace.server) },
  };
}

/** Reads settings from a plain nested object, as `workspace/configuration` returns the section. */
export function getterFromObject(section: unknown): SettingGetter {
  return (key: string) => {
    let node: unknown = section;
    for (const part of key.split('.')) {
      if (!node || typeof node !== 'object') {
        return undefined;
      }
      node = (node as Record<string, unknown>)[part];
    }
    return node;
  };
}

/**
 * What the server gets: the torchmode section with variables expanded and `interpreter` set to the one
 * actually chosen (setting, Python extension or PATH), so jedi resolves imports in the user's environment.
 */
export function serverSettings(settings: ExtensionSettings, interpreter: string): ServerSettings {
  const d = DEFAULT_SETTINGS;
  const out: ServerSettings = { interpreter };
  if (settings.enable !== d.enable) {
    out.enable = settings.enable;
  }
  if (settings.select.length) {
    out.select = [...settings.select];
  }
  if (settings.ignore.length) {
    out.ignore = [...settings.ignore];
  }
  if (Object.keys(settings.severity).length) {
    out.severity = { ...settings.severity };
  }
  if (settings.extraPaths.length) {
    out.extraPaths = [...settings.extraPaths];
  }
  if (settings.codeAction.disableRuleComment !== d.codeAction.disableRuleComment) {
    out.codeAction = { disableRuleComment: settings.codeAction.disableRuleComment };
  }
  if (settings.fixAll !== d.fixAll) {
    out.fixAll = settings.fixAll;
  }
  return out;
}

/**
 * The answer to the server's `workspace/configuration` request for the `torchmode` section of one folder:
 * that folder's settings as VS Code returns them, with variables expanded, and the folder's own
 * interpreter setting or else the interpreter running the server.
 */
export function configurationAnswer(section: unknown, vars: VariableContext, runningInterpreter: string): ServerSettings {
  const settings = readSettings(getterFromObject(section), vars);
  return serverSettings(settings, settings.interpreter || runningInterpreter);
}

/**
 * Why a settings change needs a server restart, or undefined when the server can take it live through
 * workspace/didChangeConfiguration (select, ignore, severity, code action options).
 */
export function restartReason(before: ExtensionSettings, after: ExtensionSettings): string | undefined {
  if (before.enable !== after.enable) {
    return after.enable ? 'torchmode.enable turned on' : 'torchmode.enable turned off';
  }
  if (before.interpreter !== after.interpreter) {
    return 'torchmode.interpreter changed';
  }
  if (before.importStrategy !== after.importStrategy) {
    return 'torchmode.importStrategy changed';
  }
  if (before.extraPaths.join('\0') !== after.extraPaths.join('\0')) {
    return 'torchmode.extraPaths changed';
  }
  if (before.trace.server !== after.trace.server) {
    return 'torchmode.trace.server changed';
  }
  return undefined;
}
