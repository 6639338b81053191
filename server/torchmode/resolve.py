"""Where an imported module lives: the workspace first, then jedi for installed packages.

Workspace modules are found by path (the importing file's folder, the workspace roots and the
extra paths), which is instant and sees unsaved editor buffers' files. Anything else goes to
jedi, which knows the user's interpreter and its site-packages. Last, a module neither finds is
looked for by name in the workspace: research code puts its folders on PYTHONPATH from a shell
script or `sys.path.append` (`from encoder import Encoder` for src/models/encoder.py), which no
reading of the Python can follow; a name the workspace holds exactly once is that module. torch itself is never followed:
its names are known by qualified name (knowledge.py), so neither jedi nor we read torch's 58k
lines of stubs.
"""

from __future__ import annotations

import logging
import os
import re
import sys

from .interpreters import static_sys_path
from .knowledge import KNOWN_LIBRARY_TOPS
from .walk import skipped_folder, with_src_layouts

log = logging.getLogger(__name__)

# Packages we know by name and never open (their behaviour is modelled in knowledge.py).
NOT_FOLLOWED = {"torch", "torchvision", "torchaudio", "functorch", "captum", "shap", "art", "numpy", "copy",
                "os", "sys", "typing", "math", "random", "json", "logging", "collections", "itertools", "functools",
                "time", "re", "pathlib", "argparse", "dataclasses", "abc", "enum", "pickle", "warnings",
                "concurrent", "multiprocessing"}


class ModuleLocator:
    def __init__(self, roots=(), extra_paths=(), interpreter: str | None = None, use_jedi: bool = True) -> None:
        self.roots = [os.path.abspath(r) for r in roots]
        self.extra_paths = [os.path.abspath(p) for p in extra_paths]
        self.interpreter = interpreter
        self.use_jedi = use_jedi
        self._cache: dict[tuple, str | None] = {}
        self._missing_packages: set[str] = set()  # top-level packages jedi could not find either
        self._library_folders: set[str] = set()  # sys.path folders jedi found installed modules in
        self._torch_free: dict[str, bool] = {}  # path -> library_without_torch(path)
        self._sys_path: list[str] | None = None
        self._environment = None
        self._by_name: dict[str, list[str]] | None = None  # module file name -> workspace files of that name

    def locate(self, from_path: str, module: str, level: int = 0) -> str | None:
        top = module.split(".")[0]
        if level == 0 and (top in NOT_FOLLOWED or top in sys.builtin_module_names) \
                and not (top in KNOWN_LIBRARY_TOPS and self.workspace_has_package(from_path, top)):
            return None
        key = (os.path.dirname(from_path), module, level)
        if key not in self._cache:
            found = self._by_path(from_path, module, level)
            if found is None and level == 0 and self.use_jedi and top not in self._missing_packages:
                found = self._by_jedi(from_path, module)
                if found is None and self._by_jedi(from_path, top) is None:
                    self._missing_packages.add(top)  # not installed: do not look again for its modules
            if found is None and level == 0:
                found = self.only_one_named(module, near=from_path)
            self._cache[key] = found
        return self._cache[key]

    def workspace_has_package(self, from_path: str, top: str) -> bool:
        """Is the package of this name that `from_path` imports one of the workspace's own (captum's tests in
        captum's repository), found beside it or above it, or in a root?"""
        key = ("package", os.path.dirname(from_path), top)
        if key not in self._cache:
            self._cache[key] = self._by_path(from_path, top, 0)
        return self._cache[key] is not None

    def in_workspace(self, from_path: str, module: str, level: int = 0) -> str | None:
        """The workspace file of `module` (the importer's folder, the roots, extraPaths), never
        an installed package's."""
        key = ("workspace", os.path.dirname(from_path), module, level)
        if key not in self._cache:
            found = self._by_path(from_path, module, level)
            if found is None and level == 0:  # by name, unless an installed package has that name
                named = self.only_one_named(module, near=from_path)
                found = named if named is not None and self.locate(from_path, module, level) == named else None
            self._cache[key] = found
        return self._cache[key]

    def forget(self) -> None:
        self._cache.clear()
        self._missing_packages.clear()
        self._by_name = None

    def only_one_named(self, module: str, besides: str = "", near: str = "") -> str | None:
        """The one workspace file (other than `besides`) that is `module` by its name alone (`encoder` ->
        src/models/encoder.py, `nets.rnn` -> .../nets/rnn.py), the nearest to `near` when several are (the
        one sharing the most folders with it); None when there is none, or no nearest."""
        if self._by_name is None:
            self._by_name = _workspace_modules_by_name(self.roots + self.extra_paths)
        parts = module.split(".")
        tail = os.path.join(*parts)
        candidates = [path for path in self._by_name.get(parts[-1], ())
                      if os.path.splitext(path)[0].endswith(os.sep + tail)
                      or os.path.dirname(path).endswith(os.sep + tail)]
        candidates = [path for path in candidates if path != besides]
        if len(candidates) > 1 and near:
            shared = sorted(((len(os.path.commonpath([near, path])), path) for path in candidates), reverse=True)
            return shared[0][1] if shared[0][0] > shared[1][0] else None
        return candidates[0] if len(candidates) == 1 else None

    def _by_path(self, from_path: str, module: str, level: int) -> str | None:
        here = os.path.dirname(os.path.abspath(from_path))
        if level:
            base = here
            for _ in range(level - 1):
                base = os.path.dirname(base)
            bases = [base]
        else:
            # The folders above the importer, nearest first, inside the workspace: a package importing its
            # sibling absolutely (`from distill.losses import ...` in distill/trainer.py) is run from the
            # project's folder, which is on sys.path then, and may sit below the workspace root.
            bases = with_src_layouts([here] + self._ancestors(here) + self.roots + self.extra_paths)
        parts = [p for p in module.split(".") if p]
        for base in dict.fromkeys(bases):
            candidate = os.path.join(base, *parts) if parts else base
            for path in (candidate + ".py", os.path.join(candidate, "__init__.py")):
                if os.path.isfile(path):
                    return path
        return None

    def _ancestors(self, folder: str) -> list[str]:
        found = []
        for _ in range(4):
            parent = os.path.dirname(folder)
            if parent == folder or not any(parent == r or parent.startswith(r + os.sep) for r in self.roots):
                break
            found.append(parent)
            folder = parent
        return found

    def _by_jedi(self, from_path: str, module: str) -> str | None:
        """Find the module on the sys.path jedi reports for the user's interpreter (its
        site-packages, .pth entries) plus the project's paths."""
        for folder in self._jedi_sys_path(from_path):
            found = self._in_folder(folder, module)
            if found:
                if folder not in self.extra_paths:
                    self._library_folders.add(os.path.join(os.path.abspath(folder), ""))
                return found
        return None

    def library_without_torch(self, path: str) -> bool:
        """Is `path` an installed module (found on the interpreter's sys.path, outside the
        workspace) whose text never names torch, a mode switch or a backward? Its functions do
        nothing this analysis follows, so they are not analysed: yaml's scanner, http.cookiejar
        and unittest were a sixth of the time to check a code base that calls them."""
        known = self._torch_free.get(path)
        if known is None:
            known = self._torch_free[path] = self._installed(path) and not _may_touch_modules(path)
        return known

    def _installed(self, path: str) -> bool:
        if any(path.startswith(os.path.join(root, "")) for root in (*self.roots, *self.extra_paths)):
            return False
        return any(path.startswith(folder) for folder in self._library_folders)

    def _jedi_sys_path(self, from_path: str) -> list[str]:
        if self._sys_path is None:
            try:
                self._sys_path = self._interpreter_sys_path()
                self._sys_path += self.extra_paths
            except Exception as error:  # jedi failing on odd environments must not stop the analysis
                log.debug("jedi could not give the interpreter's sys.path: %s", error)
                self._sys_path = []
        return self._sys_path

    def _interpreter_sys_path(self) -> list[str]:
        """The configured interpreter's sys.path, never by running a program the settings name
        (interpreters.py): read from its files, else from jedi's safe environments."""
        if not self.interpreter or os.path.abspath(self.interpreter) == os.path.abspath(sys.executable):
            # Our own interpreter: jedi's InterpreterEnvironment would report this very
            # sys.path, and importing jedi costs each `check` worker 0.1 s.
            return [str(p) for p in sys.path]
        static = static_sys_path(self.interpreter)
        if static is not None:
            return static
        environment = self._jedi_environment()
        if environment is None:
            return [str(p) for p in sys.path]
        return [str(p) for p in environment.get_sys_path()]

    @staticmethod
    def _in_folder(folder: str, module: str) -> str | None:
        candidate = os.path.join(folder, *module.split("."))
        for path in (candidate + ".py", os.path.join(candidate, "__init__.py"), candidate + ".pyi"):
            if os.path.isfile(path):
                return path
        return None

    def _jedi_environment(self):
        """jedi's environment for an interpreter whose layout we could not read; `safe=True`
        runs only interpreters owned by root or identical to an installed Python, so nothing a
        checked repository wrote is ever executed."""
        if self._environment is None and self.interpreter:
            import jedi

            try:
                self._environment = jedi.create_environment(self.interpreter, safe=True)
            except Exception as error:
                log.warning("interpreter %s: not a virtual environment or Python installation torchmode can read, "
                            "and not one it may run (%s); using the server's own sys.path", self.interpreter, error)
                self.interpreter = None
        return self._environment


MAX_INDEXED_FILES = 50_000  # a workspace bigger than this is not searched by module name


def _workspace_modules_by_name(roots: list[str]) -> dict[str, list[str]]:
    """Module name -> the workspace's files of that name (`x.py`, or `x/__init__.py`), skipping
    virtual environments, build output and hidden folders."""
    found: dict[str, list[str]] = {}
    seen = 0
    for root in dict.fromkeys(roots):
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [name for name in subfolders if not skipped_folder(os.path.join(folder, name), name)]
            for name in files:
                if name.endswith(".py"):
                    stem = name[:-3] if name != "__init__.py" else os.path.basename(folder)
                    found.setdefault(stem, []).append(os.path.join(folder, name))
            seen += len(files)
            if seen > MAX_INDEXED_FILES:
                return found
    return found


_TOUCHES_MODULES = re.compile(rb"torch|\.(?:eval|train)\(|backward\(|requires_grad|autograd")


def _may_touch_modules(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return _TOUCHES_MODULES.search(handle.read()) is not None
    except OSError:
        return True  # unreadable: the analysis will not get it either
