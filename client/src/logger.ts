// The extension's own log lines, filtered by torchmode.trace.server: 'off' shows info and above,
// 'messages' adds debug, 'verbose' adds trace. LSP traffic itself is traced by the languageclient into
// the same channel. Pure (writes to any sink), unit-tested.
import { TraceLevel } from './settings';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

export function thresholdFor(trace: TraceLevel): LogLevel {
  return trace === 'verbose' ? 'trace' : trace === 'messages' ? 'debug' : 'info';
}

export class Logger {
  private threshold: LogLevel;

  constructor(
    private readonly sink: (line: string) => void,
    trace: TraceLevel = 'off',
    private readonly now: () => Date = () => new Date(),
  ) {
    this.threshold = thresholdFor(trace);
  }

  setTrace(trace: TraceLevel): void {
    this.threshold = thresholdFor(trace);
  }

  enabled(level: LogLevel): boolean {
    return RANK[level] >= RANK[this.threshold];
  }

  log(level: LogLevel, message: string): void {
    if (this.enabled(level)) {
      this.sink(`${this.now().toISOString()} [${level}] ${message}`);
    }
  }

  trace(message: string): void { this.log('trace', message); }
  debug(message: string): void { this.log('debug', message); }
  info(message: string): void { this.log('info', message); }
  warn(message: string): void { this.log('warn', message); }
  error(message: string): void { this.log('error', message); }
}
