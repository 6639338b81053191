// The language status item ("{} torchmode" in the status bar's Python language area): starting, ready
// or error, always with a "Show logs" link.
import * as vscode from 'vscode';

export type ServerState = 'starting' | 'ready' | 'error' | 'disabled' | 'stopped';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('torchmode.status', selector);
    this.item.name = 'torchmode';
    this.item.command = { title: 'Show logs', command: 'torchmode.showLogs' };
    this.set('starting');
  }

  set(state: ServerState, detail?: string): void {
    const labels: Record<ServerState, string> = {
      starting: 'torchmode: starting…',
      ready: 'torchmode: ready',
      error: 'torchmode: error',
      disabled: 'torchmode: disabled',
      stopped: 'torchmode: stopped',
    };
    this.item.text = labels[state];
    this.item.detail = detail;
    this.item.busy = state === 'starting';
    this.item.severity = state === 'error' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
  }
}
