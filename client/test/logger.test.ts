import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Logger } from '../src/logger';

test('the log level follows torchmode.trace.server', () => {
  const lines: string[] = [];
  const log = new Logger((l) => lines.push(l), 'off', () => new Date('2026-01-02T03:04:05.000Z'));
  log.debug('hidden');
  log.info('shown');
  log.error('bad');
  assert.deepEqual(lines, ['2026-01-02T03:04:05.000Z [info] shown', '2026-01-02T03:04:05.000Z [error] bad']);
  log.setTrace('messages');
  log.debug('now shown');
  log.trace('still hidden');
  log.setTrace('verbose');
  log.trace('all');
  assert.deepEqual(lines.slice(2).map((l) => l.split(' ').slice(1).join(' ')), ['[debug] now shown', '[trace] all']);
});
