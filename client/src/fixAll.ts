// torchmode.fixAll: runs the server's `source.fixAll.torchmode` code action on the active editor.
import * as vscode from 'vscode';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('torchmode');

export async function fixAllInActiveEditor(): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'python') {
    void vscode.window.showInformationMessage('torchmode: open a Python file to fix.');
    return 0;
  }
  const doc = editor.document;
  const whole = doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0));
  // The last argument asks VS Code to resolve the actions' edits when the server resolves lazily.
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      whole,
      FIX_ALL_KIND.value,
      10,
    )) ?? [];
  const fixAll = actions.find((a) => a.kind !== undefined && FIX_ALL_KIND.contains(a.kind));
  if (!fixAll) {
    vscode.window.setStatusBarMessage('torchmode: nothing to fix', 3000);
    return 0;
  }
  if (fixAll.edit) {
    await vscode.workspace.applyEdit(fixAll.edit);
  }
  if (fixAll.command) {
    await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
  }
  return fixAll.edit?.size ?? 0;
}
