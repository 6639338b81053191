// Entry point: wires the output channel, status item, commands and restart triggers to the server.
import * as vscode from 'vscode';
import { RestartScheduler } from './debounce';
import { fixAllInActiveEditor } from './fixAll';
import { Logger } from './logger';
import { onPythonInterpreterChanged, pythonExtensionInstalled } from './pythonExtension';
import { currentSettings, DOCUMENT_SELECTOR, Notify, ServerController } from './serverController';
import { StatusItem } from './status';

const RESTART_DELAY_MS = 400;

let controller: ServerController | undefined;

function shouldNotify(level: 'error' | 'warning'): boolean {
  const setting = currentSettings().showNotifications;
  return setting === 'always' || setting === 'onWarning' || (setting === 'onError' && level === 'error');
}

async function pickInterpreter(): Promise<void> {
  if (pythonExtensionInstalled()) {
    await vscode.commands.executeCommand('python.setInterpreter');
    return;
  }
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Use this Python', title: 'Python interpreter for torchmode (3.10 or newer)' });
  if (picked?.[0]) {
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('torchmode').update('interpreter', picked[0].fsPath, target);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const channel = vscode.window.createOutputChannel('torchmode');
  const logger = new Logger((line) => channel.appendLine(line), currentSettings().trace.server);
  const status = new StatusItem(DOCUMENT_SELECTOR);

  const notify: Notify = (level, message, options) => {
    if (!shouldNotify(level)) {
      return;
    }
    const show = level === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
    const buttons = options?.offerInterpreterPicker ? ['Select Interpreter', 'Show Logs'] : ['Show Logs'];
    void show(message, ...buttons).then(async (choice) => {
      if (choice === 'Show Logs') {
        channel.show(true);
      } else if (choice === 'Select Interpreter') {
        await pickInterpreter();
      }
    });
  };

  controller = new ServerController(context.extensionPath, channel, logger, status, notify);
  const ctrl = controller;
  const scheduler = new RestartScheduler((reasons) => ctrl.restart(reasons), RESTART_DELAY_MS);

  context.subscriptions.push(
    channel,
    status,
    ctrl,
    { dispose: () => scheduler.dispose() },
    vscode.commands.registerCommand('torchmode.restart', () => scheduler.request('torchmode.restart command')),
    vscode.commands.registerCommand('torchmode.showLogs', () => channel.show()),
    vscode.commands.registerCommand('torchmode.fixAll', () => fixAllInActiveEditor()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('torchmode.trace.server')) {
        logger.setTrace(currentSettings().trace.server);
      }
      if (e.affectsConfiguration('torchmode')) {
        const reason = ctrl.restartNeeded();
        if (reason) {
          scheduler.request(reason);
        }
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => scheduler.request('workspace folders changed')),
  );

  try {
    const sub = await onPythonInterpreterChanged(() => {
      if (!currentSettings().interpreter) {
        scheduler.request('the Python extension selected another interpreter');
      }
    });
    if (sub) {
      context.subscriptions.push(sub);
    }
  } catch (err) {
    logger.warn(`Cannot follow the Python extension's interpreter: ${(err as Error).message}`);
  }

  // Not awaited: activation returns at once, the status item shows the start's progress.
  void ctrl.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
