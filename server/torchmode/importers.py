"""Which workspace files import a given file: the callers whose objects its functions may run on.

A trainer in `trainer.py` runs forward and backward on whatever model `main.py` hands it. The
crash's innermost frame, and the place to fix it, is in `trainer.py`, but only `main.py` knows the
model holds an LSTM. So checking `trainer.py` also analyses the files that import it, and a hazard
they find inside its functions is reported there (engine.py, summaries.py).

The search is local and deterministic, so every process of a parallel `torchmode check` agrees
on it: the `.py` files and notebooks of the file's own folder and, when that folder is a package, those of the
first folder above the package (the scripts at a repository's top), then those of the folders
beside the package there and their mirror of the file's folder (`scripts/`, `tests/training/` for
`lib/training/trainer.py`: the entry scripts and tests that drive a library's trainer), and in a src/
layout the scripts beside `src/`. Only files whose import lines name the module (or a package on its
path) count; the engine confirms each by resolving its imports.
"""

from __future__ import annotations

import itertools
import os

from .source import SourceError
from .walk import imported_by_name, imported_names

MAX_IMPORTERS = 8  # the nearest ones, in name order: a utility imported everywhere costs no more


class ImporterIndex:
    """Import-line names per file and `.py` files and notebooks per folder, kept until those files change."""

    def __init__(self, read) -> None:
        self._read = read  # path -> text (an editor's overlay or the disk); raises OSError or SourceError
        self._names: dict[str, frozenset[str]] = {}
        self._folders: dict[str, list[str]] = {}

    def forget(self, path: str | None) -> None:
        """A file changed (None: anything may have, files appeared or went away)."""
        if path is None:
            self._names.clear()
            self._folders.clear()
            return
        self._names.pop(path, None)
        folder = os.path.dirname(path)
        if path not in self._folders.get(folder, (path,)):
            del self._folders[folder]  # a new file in a folder we listed
        elif folder not in self._folders:
            self._folders.pop(os.path.dirname(folder) + os.sep, None)  # maybe a new folder too

    def candidates(self, path: str) -> list[str]:
        """Files that may import `path` (not checked against the resolver yet)."""
        folder, name = os.path.split(path)
        module = os.path.splitext(name)[0]
        if module == "__init__" or not module.isidentifier():
            return []
        nearby = [other for near in self._nearby_folders(folder) for other in self._files(near) if other != path]
        # Nearest first, reading import lines only until enough are found.
        found = list(itertools.islice((other for other in nearby if module in self.imported_names(other)), MAX_IMPORTERS))
        if len(found) < MAX_IMPORTERS and os.path.isfile(os.path.join(folder, "__init__.py")):
            # `from lib.training import Trainer` names the package that re-exports it, not the module;
            # `from sepkit import fit` the package above that again (sepkit/engine/__init__.py re-exporting
            # loop.fit, sepkit/__init__.py re-exporting engine.fit).
            top = _above_package(folder)
            packages = set(os.path.relpath(folder, top).split(os.sep)) if top is not None else {os.path.basename(folder)}
            found += itertools.islice((other for other in nearby if other not in found and os.path.basename(other) != "__init__.py"
                                       and packages & self.imported_names(other)), MAX_IMPORTERS - len(found))
        return found

    def _nearby_folders(self, folder: str) -> list[str]:
        """The folder, the first folder above its package, then the folders beside that package
        and their mirror of the folder's path inside it (nearest first)."""
        top = _above_package(folder)
        if top is None:
            return [folder]
        package = os.path.relpath(folder, top).split(os.sep)  # ["lib", "training"]
        nearby = [folder, top]
        if os.path.basename(top) == "src":
            nearby.append(os.path.dirname(top))  # a src/ layout: the scripts sit beside src/
        for beside in self._subfolders(top):
            if beside == os.path.join(top, package[0]):
                continue
            nearby.append(beside)
            if len(package) > 1:
                nearby.append(os.path.join(beside, *package[1:]))
        return nearby

    def _subfolders(self, folder: str) -> list[str]:
        key = folder + os.sep  # kept beside the files of a folder, apart from them
        if key not in self._folders:
            try:
                names = sorted(n for n in os.listdir(folder) if not n.startswith(".")
                               and os.path.isdir(os.path.join(folder, n)))
            except OSError:
                names = []
            self._folders[key] = [os.path.join(folder, n) for n in names]
        return self._folders[key]

    def _files(self, folder: str | None) -> list[str]:
        if folder is None:
            return []
        if folder not in self._folders:
            try:
                names = sorted(n for n in os.listdir(folder) if n.endswith((".py", ".ipynb")))
            except OSError:
                names = []
            self._folders[folder] = [os.path.join(folder, n) for n in names]
        return self._folders[folder]

    def imported_names(self, path: str) -> frozenset[str]:
        """The names on the import lines of `path` (and the modules it imports by name), kept until it changes."""
        names = self._names.get(path)
        if names is None:
            try:
                text = self._read(path)
            except (OSError, ValueError, SourceError):  # unreadable or too big to check: imports nothing here
                text = ""
            found = imported_names(text)
            dotted, prefixes = imported_by_name(text)  # a plugin loader's importlib.import_module names
            found.update(part for name in dotted for part in name.split("."))
            if any(dots == "." and not package for dots, package in prefixes):  # f".{name}": any module here
                found.update(os.path.splitext(os.path.basename(other))[0] for other in self._files(os.path.dirname(path)))
            names = self._names[path] = frozenset(found)
        return names


def _above_package(folder: str) -> str | None:
    """The first folder above `folder` that is not a package, when `folder` is one."""
    if not os.path.isfile(os.path.join(folder, "__init__.py")):
        return None
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
    return folder
