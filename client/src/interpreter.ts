// Picks the Python interpreter that runs the server: the torchmode.interpreter setting, else the
// Python extension's active interpreter, else `python3` on PATH. Each candidate is checked by running
// it (`python -c ...`), because a path in a setting can be stale and the server needs Python >= 3.10.
// No VS Code import: unit-tested with real interpreters.
import { execFile } from 'child_process';

export const MIN_PYTHON: readonly [number, number] = [3, 10];

export type InterpreterSource = 'setting' | 'python-extension' | 'path';

export interface Candidate {
  command: string;
  source: InterpreterSource;
}

export interface ProbeResult {
  /** sys.executable: the absolute path, what we pass on to the server. */
  executable: string;
  version: [number, number, number];
  /** Whether `import torchmode` works in this interpreter (needed for importStrategy fromEnvironment). */
  hasTorchmode: boolean;
}

export type Probe = (command: string) => Promise<ProbeResult>;

export interface Resolved {
  ok: true;
  candidate: Candidate;
  probe: ProbeResult;
  /** Candidates tried before this one and why they were passed over (for the log). */
  skipped: string[];
}

export interface Unresolved {
  ok: false;
  /** One sentence for the user, naming what was tried. */
  message: string;
  skipped: string[];
}

const PROBE_SCRIPT = [
  'import importlib.util, json, sys',
  'print(json.dumps({"executable": sys.executable, "version": list(sys.version_info[:3]),',
  '  "hasTorchmode": importlib.util.find_spec("torchmode") is not None}))',
].join('\n');

/** Runs the interpreter once to learn its real path, version and whether torchmode is importable. */
export function probeInterpreter(command: string, timeoutMs = 15000): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    execFile(command, ['-c', PROBE_SCRIPT], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (stderr.trim() || error.message);
        reject(new Error(detail));
        return;
      }
      try {
        const lastLine = stdout.trim().split(/\r?\n/).pop() ?? '';
        const parsed = JSON.parse(lastLine) as ProbeResult;
        if (!Array.isArray(parsed.version) || typeof parsed.executable !== 'string') {
          throw new Error('unexpected output');
        }
        resolve(parsed);
      } catch {
        reject(new Error(`did not answer like a Python interpreter: ${stdout.trim().slice(0, 200)}`));
      }
    });
  });
}

export function formatVersion(v: readonly number[]): string {
  return v.join('.');
}

export function isSupported(version: readonly number[]): boolean {
  return version[0] > MIN_PYTHON[0] || (version[0] === MIN_PYTHON[0] && version[1] >= MIN_PYTHON[1]);
}

function describe(c: Candidate): string {
  const from = { setting: 'torchmode.interpreter', 'python-extension': 'the Python extension', path: 'PATH' }[c.source];
  return `${c.command} (from ${from})`;
}

/**
 * Tries the candidates in order and returns the first usable one. A user's explicit setting is never
 * silently replaced: when it does not work, that is the answer (an error the user can act on).
 */
export async function resolveInterpreter(
  candidates: readonly Candidate[],
  probe: Probe,
  needTorchmode: boolean,
): Promise<Resolved | Unresolved> {
  const skipped: string[] = [];
  for (const candidate of candidates) {
    let why: string;
    try {
      const result = await probe(candidate.command);
      if (!isSupported(result.version)) {
        why = `is Python ${formatVersion(result.version)}; torchmode needs Python ${formatVersion(MIN_PYTHON)} or newer`;
      } else if (needTorchmode && !result.hasTorchmode) {
        why = 'has no torchmode installed (importStrategy is fromEnvironment: run `pip install torchmode` in it, or use useBundled)';
      } else {
        return { ok: true, candidate, probe: result, skipped };
      }
    } catch (err) {
      why = `cannot be run: ${(err as Error).message}`;
    }
    skipped.push(`${describe(candidate)} ${why}`);
    if (candidate.source === 'setting') {
      break;
    }
  }
  const message = skipped.length
    ? `torchmode cannot start its server: ${skipped.join('; ')}.`
    : 'torchmode cannot start its server: no Python interpreter found.';
  return { ok: false, message, skipped };
}

/** The candidate list, in priority order, from what the caller found. */
export function interpreterCandidates(setting: string, pythonExtension: string | undefined, onPath = 'python3'): Candidate[] {
  if (setting) {
    return [{ command: setting, source: 'setting' }];
  }
  const out: Candidate[] = [];
  if (pythonExtension) {
    out.push({ command: pythonExtension, source: 'python-extension' });
  }
  out.push({ command: onPath, source: 'path' });
  return out;
}
