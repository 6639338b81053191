"""Editor settings (initializationOptions, workspace/configuration `torchmode`) over pyproject.toml.

The layering, lowest first: defaults < `[tool.torchmode]` of the file's nearest pyproject.toml <
initializationOptions < workspace/configuration (per workspace folder when the client scopes it).
Editor settings win, as in ruff's and pylint's editor integrations. Invalid values are dropped
with a warning by torchmode.settings; the warning goes to the client's log once per change.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any
from collections.abc import Callable

from torchmode.selection import _inside, is_excluded  # noqa: F401  is_excluded: one decision with the CLI
from torchmode.settings import Settings, settings_for

SECTION = "torchmode"


def editor_section(value: Any) -> dict | None:
    """The torchmode settings inside what an editor sent.

    Accepts `{"torchmode": {...}}` (Neovim/eglot style), `{"settings": {...}}` (ruff-style
    initializationOptions) or the section itself; None for "nothing sent".
    """
    if value is None:
        return None
    if isinstance(value, dict):
        if isinstance(value.get(SECTION), dict):
            return value[SECTION]
        if isinstance(value.get("settings"), dict):
            return editor_section(value["settings"])
    return value  # may be invalid (not a dict): settings.py warns and keeps the defaults


def deep_merge(base: dict, top: dict) -> dict:
    merged = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class EditorConfig:
    """What the editor told us, and the effective Settings of each file (cached per generation)."""

    def __init__(self, warn: Callable[[str], None]):
        self._warn = warn
        self._reported: set[str] = set()
        self.initialization: Any = None
        self.global_section: Any = None
        self.folder_sections: dict[str, Any] = {}  # folder path -> section
        self._cache: dict[str, Settings] = {}

    def changed(self) -> None:
        """Forget cached settings (editor settings or a pyproject.toml changed)."""
        self._cache.clear()
        self._reported.clear()

    def _overrides_for(self, path: str) -> Any:
        layers = [self.initialization, self.global_section]
        folder = max((f for f in self.folder_sections if _inside(path, f)), key=len, default=None)
        if folder is not None:
            layers.append(self.folder_sections[folder])
        merged: dict = {}
        for layer in layers:
            if layer is None:
                continue
            if not isinstance(layer, dict):
                return layer  # let settings.py report the wrong type
            merged = deep_merge(merged, layer)
        return merged

    def settings_for(self, path: str) -> Settings:
        cached = self._cache.get(path)
        if cached is not None:
            return cached
        warnings: list[str] = []
        settings = settings_for(path, self._overrides_for(path), warnings)
        if settings.interpreter and not _is_executable(settings.interpreter):
            warnings.append(
                f"torchmode interpreter {settings.interpreter!r} is not an executable file; "
                "using the interpreter that runs the server"
            )
            settings = dataclasses.replace(settings, interpreter=None)
        for warning in warnings:
            if warning not in self._reported:
                self._reported.add(warning)
                self._warn(warning)
        self._cache[path] = settings
        return settings


def _is_executable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)
