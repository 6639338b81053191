import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configurationAnswer, DEFAULT_SETTINGS, getterFromObject, readSettings, restartReason, serverSettings } from '../src/settings';
import { resolveVariables } from '../src/variables';

const vars = { workspaceFolder: '/work/proj', env: { VENV: '/opt/venv' }, userHome: '/home/ada' };

test('variables: ${workspaceFolder}, ${env:...}, ${userHome} and ~ are expanded; unknown ones kept', () => {
  assert.equal(resolveVariables('${workspaceFolder}/.venv/bin/python', vars), '/work/proj/.venv/bin/python');
  assert.equal(resolveVariables('${env:VENV}/bin/python', vars), '/opt/venv/bin/python');
  assert.equal(resolveVariables('${userHome}/py', vars), '/home/ada/py');
  assert.equal(resolveVariables('~/venv/bin/python', vars), '/home/ada/venv/bin/python');
  assert.equal(resolveVariables('${workspaceFolder:lib}/src', { workspaceFolders: new Map([['lib', '/w/lib']]) }), '/w/lib/src');
  assert.equal(resolveVariables('${config:python.path}', vars), '${config:python.path}');
  assert.equal(resolveVariables('${workspaceFolder}/x', {}), '${workspaceFolder}/x');
});

test('readSettings: the section as VS Code returns it becomes typed settings with paths resolved', () => {
  const section = {
    enable: true,
    interpreter: '${workspaceFolder}/.venv/bin/python',
    importStrategy: 'fromEnvironment',
    select: ['TM001', ' '],
    ignore: [],
    severity: { TM001: 'warning', TM002: 3 },
    extraPaths: ['${workspaceFolder}/src'],
    codeAction: { disableRuleComment: false },
    fixAll: false,
    showNotifications: 'always',
    trace: { server: 'verbose' },
  };
  const s = readSettings(getterFromObject(section), vars);
  assert.equal(s.interpreter, '/work/proj/.venv/bin/python');
  assert.equal(s.importStrategy, 'fromEnvironment');
  assert.deepEqual(s.select, ['TM001']);
  assert.deepEqual(s.severity, { TM001: 'warning' });
  assert.deepEqual(s.extraPaths, ['/work/proj/src']);
  assert.equal(s.codeAction.disableRuleComment, false);
  assert.equal(s.fixAll, false);
  assert.equal(s.showNotifications, 'always');
  assert.equal(s.trace.server, 'verbose');
});

test('readSettings: missing or mistyped values fall back to the defaults', () => {
  const s = readSettings(getterFromObject({ enable: 'yes', importStrategy: 'bundled', select: 'TM001', trace: { server: 'loud' } }), vars);
  assert.deepEqual(s, DEFAULT_SETTINGS);
});

test('serverSettings: initializationOptions carry the chosen interpreter and what the user changed', () => {
  const s = readSettings(getterFromObject({ select: ['TM001'], severity: { TM001: 'hint' }, codeAction: { disableRuleComment: false }, importStrategy: 'fromEnvironment' }), vars);
  const opts = serverSettings(s, '/usr/bin/python3.11');
  assert.deepEqual(opts, {
    select: ['TM001'],
    severity: { TM001: 'hint' },
    interpreter: '/usr/bin/python3.11',
    codeAction: { disableRuleComment: false },
  });
  // Defaults are left out, so [tool.torchmode] in pyproject.toml decides them.
  assert.deepEqual(serverSettings(readSettings(getterFromObject({}), vars), '/p'), { interpreter: '/p' });
  assert.deepEqual(serverSettings(readSettings(getterFromObject({ enable: false, fixAll: false, extraPaths: ['${workspaceFolder}/src'] }), vars), '/p'),
    { interpreter: '/p', enable: false, fixAll: false, extraPaths: ['/work/proj/src'] });
  // A copy: later edits of the settings object do not leak into what was sent.
  s.select.push('TM999');
  assert.deepEqual(opts.select, ['TM001']);
});

test('restartReason: start-up settings restart the server, rule settings go live', () => {
  const base = readSettings(getterFromObject({}), vars);
  const withSel = readSettings(getterFromObject({ select: ['TM001'], severity: { TM001: 'warning' }, fixAll: false }), vars);
  assert.equal(restartReason(base, withSel), undefined);
  assert.match(restartReason(base, readSettings(getterFromObject({ interpreter: '/x/python' }), vars)) ?? '', /interpreter/);
  assert.match(restartReason(base, readSettings(getterFromObject({ importStrategy: 'fromEnvironment' }), vars)) ?? '', /importStrategy/);
  assert.match(restartReason(base, readSettings(getterFromObject({ enable: false }), vars)) ?? '', /enable turned off/);
  assert.match(restartReason(base, readSettings(getterFromObject({ extraPaths: ['a'] }), vars)) ?? '', /extraPaths/);
  assert.match(restartReason(base, readSettings(getterFromObject({ trace: { server: 'messages' } }), vars)) ?? '', /trace/);
});

test('configurationAnswer: a folder\'s section, resolved against that folder, with the running interpreter', () => {
  const section = { select: ['TM001'], extraPaths: ['${workspaceFolder}/lib'], interpreter: '', trace: { server: 'off' } };
  assert.deepEqual(configurationAnswer(section, { workspaceFolder: '/w/b' }, '/usr/bin/python3'), {
    interpreter: '/usr/bin/python3',
    select: ['TM001'],
    extraPaths: ['/w/b/lib'],
  });
  // A folder with its own interpreter setting keeps it (jedi resolves that folder in its environment).
  assert.equal(configurationAnswer({ interpreter: '${workspaceFolder}/.venv/bin/python' }, { workspaceFolder: '/w/a' }, '/usr/bin/python3').interpreter,
    '/w/a/.venv/bin/python');
  // Garbage from a hand-edited settings.json: defaults, never a crash.
  assert.deepEqual(configurationAnswer(null, {}, '/p'), { interpreter: '/p' });
  assert.deepEqual(configurationAnswer('nonsense', {}, '/p'), { interpreter: '/p' });
});
