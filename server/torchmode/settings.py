"""User settings: `[tool.torchmode]` in pyproject.toml, editor settings on top.

Both the CLI and the language server read settings through here, so the two agree on names,
defaults and what counts as invalid. Invalid values never raise: they are dropped with a
warning and the default is used.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass, field

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

from .rules import (
    CODES as KNOWN_CODES,  # the rule registry: every rule module listed there
)

SEVERITIES = ("error", "warning", "information", "hint")


@dataclass(frozen=True)
class Settings:
    enable: bool = True
    select: tuple[str, ...] = KNOWN_CODES
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # code -> one of SEVERITIES
    interpreter: str | None = None
    extra_paths: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    disable_rule_comment: bool = True  # offer the disable-rule (noqa comment) code action
    fix_all: bool = True  # offer source.fixAll.torchmode

    def enabled_codes(self) -> set[str]:
        chosen = {c for c in KNOWN_CODES if any(c.startswith(s) for s in self.select)}
        return {c for c in chosen if not any(c.startswith(s) for s in self.ignore)}

    def severity_of(self, code: str, default: str = "error") -> str:
        return self.severity.get(code, default)

    def merged(self, overrides: dict, warnings: list[str] | None = None) -> Settings:
        """Return a copy with `overrides` (editor or command-line settings) applied on top."""
        return _apply(self, overrides, warnings if warnings is not None else [])


# Accepted spellings: snake_case (pyproject), camelCase (editors), dotted codeAction.* (VS Code).
_ALIASES = {
    "extraPaths": "extra_paths",
    "extra-paths": "extra_paths",
    "fixAll": "fix_all",
    "fix-all": "fix_all",
    "disableRuleComment": "disable_rule_comment",
    "codeAction.disableRuleComment": "disable_rule_comment",
}


def _flatten(mapping: dict, prefix: str = "") -> dict:
    flat = {}
    for key, value in mapping.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and name in ("codeAction",):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def _str_tuple(value) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _apply(base: Settings, overrides: dict, warnings: list[str]) -> Settings:
    if not isinstance(overrides, dict):
        warnings.append(f"torchmode settings must be a table/object, got {type(overrides).__name__}; using defaults")
        return base
    changes: dict = {}
    for raw_key, value in _flatten(overrides).items():
        key = _ALIASES.get(raw_key, raw_key)
        if value is None:
            continue
        if key in ("enable", "disable_rule_comment", "fix_all"):
            if isinstance(value, bool):
                changes[key] = value
            else:
                warnings.append(f"torchmode setting {raw_key!r} must be true or false, got {value!r}; ignored")
        elif key in ("select", "ignore", "extra_paths", "exclude"):
            items = _str_tuple(value)
            if items is None:
                warnings.append(f"torchmode setting {raw_key!r} must be a list of strings, got {value!r}; ignored")
            else:
                changes[key] = items
        elif key == "interpreter":
            if isinstance(value, list):  # VS Code style: ["/path/python"]
                value = value[0] if value else ""
            if isinstance(value, str):
                changes[key] = value or None
            else:
                warnings.append(f"torchmode setting 'interpreter' must be a path, got {value!r}; ignored")
        elif key == "severity":
            if not isinstance(value, dict):
                warnings.append(f"torchmode setting 'severity' must map codes to severities, got {value!r}; ignored")
                continue
            severity = dict(changes.get("severity", base.severity))
            for code, level in value.items():
                if level in SEVERITIES:
                    severity[str(code)] = level
                else:
                    warnings.append(f"torchmode severity {level!r} for {code} is not one of {', '.join(SEVERITIES)}; ignored")
            changes["severity"] = severity
        else:
            warnings.append(f"unknown torchmode setting {raw_key!r}; ignored")
    return dataclasses.replace(base, **changes)


def find_pyproject(start: str) -> str | None:
    """The nearest pyproject.toml at or above `start` (a file or folder)."""
    folder = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        candidate = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def load_pyproject(path: str | None, warnings: list[str] | None = None) -> Settings:
    """Settings from `[tool.torchmode]` of the given pyproject.toml (defaults when absent or broken)."""
    warnings = warnings if warnings is not None else []
    if not path:
        return Settings()
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        warnings.append(f"could not read {path}: {error}; using defaults")
        return Settings()
    table = data.get("tool", {}).get("torchmode", {})
    if isinstance(table, dict) and _is_relative_path(table.get("interpreter")):
        # It would resolve against whatever folder torchmode runs in, and a checked repository
        # must not pick programs: the interpreter is never run, but a relative path is not
        # even read. The command line and editor settings may name one.
        warnings.append(
            f"{path}: interpreter {table['interpreter']!r} is a relative path and is ignored; "
            "name the interpreter with --interpreter or in the editor's settings"
        )
        table = {key: value for key, value in table.items() if key != "interpreter"}
    return Settings().merged(table, warnings)


def _is_relative_path(value) -> bool:
    if isinstance(value, list):
        value = value[0] if value else None
    return isinstance(value, str) and bool(value) and not os.path.isabs(value)


def settings_for(path: str, overrides: dict | None = None, warnings: list[str] | None = None) -> Settings:
    """pyproject settings for `path`, with editor/command-line overrides winning."""
    warnings = warnings if warnings is not None else []
    settings = load_pyproject(find_pyproject(path), warnings)
    return settings.merged(overrides, warnings) if overrides else settings
