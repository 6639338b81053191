"""Which findings are shown, and which files are checked: one decision for the CLI and the server alike.

`torchmode check` and the language server both call these, so `select`/`ignore`, per-code `severity`,
`# noqa` comments and `exclude` globs hide and grade exactly the same findings in a terminal and in an
editor. The rule codes come from the registry (rules/), through Settings.enabled_codes().
"""

from __future__ import annotations

import dataclasses
import os

from . import noqa, walk
from .findings import Finding
from .settings import Settings, find_pyproject


def shown(findings: list[Finding], settings: Settings, text: str, lines: list[str] | None = None) -> list[Finding]:
    """The findings a user sees: codes selected and not ignored, graded by the `severity` setting, and
    not suppressed by a `# noqa` comment of `text` (`lines`: the text already split at its line breaks)."""
    enabled = settings.enabled_codes()
    kept = [f if (severity := settings.severity_of(f.code, f.severity)) == f.severity
            else dataclasses.replace(f, severity=severity)  # (the same object otherwise: lsp/diagnostics.py reuses it)
            for f in findings if f.code in enabled]
    return noqa.filter_findings(kept, text, lines)


def checks_anything(settings: Settings) -> bool:
    """Whether a file under these settings is worth analysing at all."""
    return settings.enable and bool(settings.enabled_codes())


def is_excluded(path: str, settings: Settings, roots: tuple[str, ...]) -> bool:
    """Whether `settings.exclude` covers `path`, the way `torchmode check`'s folder walk decides it: globs
    relative to the folder of the pyproject.toml they came from (else the workspace folder), or bare names;
    a matching folder excludes everything below it."""
    if not settings.exclude:
        return False
    pyproject = find_pyproject(path)
    base = os.path.dirname(pyproject) if pyproject else next((r for r in roots if _inside(path, r)), os.path.dirname(path))
    current = path
    while _inside(current, base):
        if walk.is_excluded(current, settings.exclude, base):
            return True
        current = os.path.dirname(current)
    return False


def _inside(path: str, folder: str) -> bool:
    folder = folder.rstrip(os.sep) + os.sep
    return path.startswith(folder)
