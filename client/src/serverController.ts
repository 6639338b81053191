// Owns the language client: picks the interpreter, starts `torchmode serve` over stdio, keeps the
// status item in step, and restarts it when the interpreter or a start-up setting changes.
import { ChildProcess } from 'child_process';
import * as vscode from 'vscode';
import {
  ClientCapabilities,
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  StaticFeature,
} from 'vscode-languageclient/node';
import { formatVersion, interpreterCandidates, probeInterpreter, resolveInterpreter } from './interpreter';
import { Logger } from './logger';
import { activePythonInterpreter } from './pythonExtension';
import { serverCommand } from './serverCommand';
import { describeExit, ensureExited, startProcess } from './serverProcess';
import { configurationAnswer, ExtensionSettings, readSettings, restartReason, serverSettings } from './settings';
import { StatusItem } from './status';
import { VariableContext } from './variables';

// Plain filters: both VS Code's and the languageclient's DocumentSelector types accept them.
/** Shows a message to the user (subject to torchmode.showNotifications). */
export type Notify = (level: 'error' | 'warning', message: string, options?: { offerInterpreterPicker?: boolean }) => void;

export const DOCUMENT_SELECTOR: { scheme: string; language: string }[] = [
  { scheme: 'file', language: 'python' },
  { scheme: 'untitled', language: 'python' },
  { scheme: 'vscode-notebook-cell', language: 'python' },
];

/**
 * Declares no pull-diagnostics support, so the server pushes diagnostics. vscode-languageclient 9 pulls only
 * for documents shown in text tabs: notebook cells (in a notebook tab) would never get their findings.
 */
class PushDiagnostics implements StaticFeature {
  getState(): { kind: 'static' } {
    return { kind: 'static' };
  }
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    delete capabilities.textDocument?.diagnostic;
  }
  initialize(): void {}
  clear(): void {}
}

/**
 * The languageclient forces pop-ups of its own when a start fails ("couldn't create connection to
 * server"), next to the one message the controller shows (subject to torchmode.showNotifications).
 * Its lines still go to the output channel.
 */
class TorchmodeLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, showNotification === 'force' ? false : showNotification);
  }
}

export function variableContext(folder: vscode.WorkspaceFolder | undefined): VariableContext {
  const folders = new Map((vscode.workspace.workspaceFolders ?? []).map((f) => [f.name, f.uri.fsPath] as [string, string]));
  return { workspaceFolder: folder?.uri.fsPath, workspaceFolders: folders };
}

/** The folder whose settings decide how the server starts: the first one (one server per window). */
function primaryFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

export function currentSettings(folder: vscode.WorkspaceFolder | undefined = primaryFolder()): ExtensionSettings {
  const config = vscode.workspace.getConfiguration('torchmode', folder);
  return readSettings((key) => config.get(key), variableContext(folder));
}

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private process: ChildProcess | undefined;
  private launchedWith: ExtensionSettings | undefined;
  private interpreter = '';
  private stopping = false;
  /** Start, stop and restart run one after another, never interleaved. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly extensionRoot: string,
    private readonly channel: vscode.OutputChannel,
    private readonly logger: Logger,
    private readonly status: StatusItem,
    private readonly notify: Notify,
  ) {}

  /** Why the current settings differ from those the running server started with, if a restart is needed. */
  restartNeeded(): string | undefined {
    return this.launchedWith ? restartReason(this.launchedWith, currentSettings()) : 'not running';
  }

  restart(reasons: string[]): Promise<void> {
    return this.serialized(async () => {
      this.logger.info(`Restarting the server (${reasons.join('; ') || 'requested'})`);
      await this.stopNow();
      await this.startNow();
    });
  }

  start(): Promise<void> {
    return this.serialized(() => this.startNow());
  }

  stop(): Promise<void> {
    return this.serialized(() => this.stopNow());
  }

  private serialized(step: () => Promise<void>): Promise<void> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async startNow(): Promise<void> {
    const folder = primaryFolder();
    const settings = currentSettings(folder);
    this.launchedWith = settings;
    this.logger.setTrace(settings.trace.server);
    if (!settings.enable) {
      this.logger.info('torchmode.enable is false: the server is not started.');
      this.status.set('disabled', 'torchmode.enable is off');
      return;
    }
    if (!vscode.workspace.isTrusted) {
      // package.json declares untrustedWorkspaces.supported = false, so VS Code does not activate the
      // extension there at all; the same rule here: the interpreter we run may come from the workspace's
      // settings or be its own .venv picked by the Python extension.
      this.logger.info('The workspace is not trusted: the server is not started.');
      this.status.set('disabled', 'the workspace is not trusted');
      return;
    }
    this.status.set('starting', 'Looking for a Python interpreter');

    let fromPythonExtension: string | undefined;
    if (!settings.interpreter) {
      try {
        fromPythonExtension = await activePythonInterpreter(folder);
      } catch (err) {
        this.logger.warn(`The Python extension did not give an interpreter: ${(err as Error).message}`);
      }
    }
    const candidates = interpreterCandidates(settings.interpreter, fromPythonExtension);
    const resolved = await resolveInterpreter(candidates, probeInterpreter, settings.importStrategy === 'fromEnvironment');
    if (!resolved.ok) {
      this.logger.error(resolved.message);
      this.status.set('error', resolved.skipped[resolved.skipped.length - 1] ?? 'No Python interpreter found');
      this.notify('error', resolved.message, { offerInterpreterPicker: true });
      return;
    }
    for (const line of resolved.skipped) {
      this.logger.warn(`Skipped ${line}`);
    }
    this.interpreter = resolved.probe.executable;
    const pythonVersion = formatVersion(resolved.probe.version);
    this.logger.info(`Interpreter: ${this.interpreter} (Python ${pythonVersion}, from ${resolved.candidate.source})`);

    const cmd = serverCommand(this.interpreter, settings.importStrategy, this.extensionRoot, settings.trace.server);
    const args = [...cmd.args, '--stdio'];
    this.logger.info(`Server command: ${cmd.command} ${args.join(' ')} (importStrategy ${settings.importStrategy})`);
    let serverProcess: ChildProcess;
    try {
      serverProcess = await startProcess(cmd.command, args, { env: cmd.env, cwd: folder?.uri.fsPath });
    } catch (err) {
      // The interpreter went away after it was probed: the same message as when no interpreter works.
      const message = `torchmode cannot start its server: ${this.interpreter} cannot be run: ${(err as Error).message}.`;
      this.logger.error(message);
      this.status.set('error', `${this.interpreter} cannot be run`);
      this.notify('error', message, { offerInterpreterPicker: true });
      return;
    }
    this.process = serverProcess;
    serverProcess.on('exit', (code, signal) => {
      const report = describeExit(code, signal, this.stopping);
      this.logger[report.level](report.message);
    });
    const serverOptions: ServerOptions = () => Promise.resolve(serverProcess);
    let running = false; // whether this client reached State.Running
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.channel,
      traceOutputChannel: this.channel,
      // Problems surface in the status item and (per torchmode.showNotifications) as messages, never by
      // popping the log open.
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: serverSettings(settings, this.interpreter),
      synchronize: { configurationSection: 'torchmode' },
      middleware: {
        workspace: {
          // The server asks for the `torchmode` section per folder; answer with variables expanded and
          // the interpreter actually in use, as in initializationOptions.
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) {
              return answers;
            }
            return answers.map((answer: unknown, i: number) => {
              const item = params.items[i];
              if (item?.section !== 'torchmode') {
                return answer;
              }
              const scope = item.scopeUri ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(item.scopeUri)) : folder;
              return configurationAnswer(answer, variableContext(scope ?? folder), this.interpreter);
            });
          },
        },
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          if (this.stopping || !running) {  // a start that failed is reported once, where start() fails
            return { action: CloseAction.DoNotRestart, handled: true };
          }
          this.status.set('error', 'The server stopped unexpectedly: see the logs');
          this.notify('error', 'The torchmode server stopped unexpectedly. Run "torchmode: Restart server" or see the logs.');
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };

    const client = new TorchmodeLanguageClient('torchmode', 'torchmode', serverOptions, clientOptions);
    client.registerFeature(new PushDiagnostics());
    this.client = client;
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        running = true;
        this.status.set('ready', `Python ${pythonVersion} · ${settings.importStrategy === 'useBundled' ? 'bundled server' : 'server from the environment'}`);
      } else if (e.newState === State.Starting) {
        this.status.set('starting');
      }
    });
    try {
      await client.start();
      this.logger.info('Server started.');
    } catch (err) {
      const message = `The torchmode server failed to start: ${(err as Error).message}`;
      this.logger.error(message);
      this.status.set('error', 'The server failed to start: see the logs');
      this.notify('error', message);
    }
  }

  private async stopNow(): Promise<void> {
    const client = this.client;
    const serverProcess = this.process;
    this.client = undefined;
    this.process = undefined;
    if (!client) {
      return;
    }
    this.stopping = true;
    try {
      await client.stop(5000);
    } catch (err) {
      this.logger.warn(`Stopping the server: ${(err as Error).message}`);
    } finally {
      if (serverProcess) {
        await ensureExited(serverProcess, 2000);
      }
      this.stopping = false;
      this.status.set('stopped');
    }
  }

  dispose(): void {
    void this.stop();
  }
}
