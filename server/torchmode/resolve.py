"""Where an imported module lives: the workspace first, then jedi for installed packages.

Workspace modules are found by path (the importing file's folder, the workspace roots and the
extra paths), which is instant and sees unsaved editor buffers' files. Anything else goes to
jedi, which knows the user's interpreter and its site-packages. torch itself is never followed:
its names are known by qualified name (knowledge.py), so neither jedi nor we read torch's 58k
lines of stubs.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

# Packages we know by name and never open (their behaviour is modelled in knowledge.py).
NOT_FOLLOWED = {"torch", "torchvision", "torchaudio", "functorch", "captum", "shap", "art", "numpy", "copy",
                "os", "sys", "typing", "math", "random", "json", "logging", "collections", "itertools", "functools",
                "time", "re", "pathlib", "argparse", "dataclasses", "abc", "enum", "pickle", "warnings"}


class ModuleLocator:
    def __init__(self, roots=(), extra_paths=(), interpreter: str | None = None, use_jedi: bool = True) -> None:
        self.roots = [os.path.abspath(r) for r in roots]
        self.extra_paths = [os.path.abspath(p) for p in extra_paths]
        self.interpreter = interpreter
        self.use_jedi = use_jedi
        self._cache: dict[tuple, str | None] = {}
        self._project = None
        self._environment = None

    def locate(self, from_path: str, module: str, level: int = 0) -> str | None:
        top = module.split(".")[0]
        if level == 0 and (top in NOT_FOLLOWED or top in sys.builtin_module_names):
            return None
        key = (os.path.dirname(from_path), module, level)
        if key not in self._cache:
            self._cache[key] = self._by_path(from_path, module, level) or (
                self._by_jedi(from_path, module) if level == 0 and self.use_jedi else None)
        return self._cache[key]

    def forget(self) -> None:
        self._cache.clear()

    def _by_path(self, from_path: str, module: str, level: int) -> str | None:
        here = os.path.dirname(os.path.abspath(from_path))
        if level:
            base = here
            for _ in range(level - 1):
                base = os.path.dirname(base)
            bases = [base]
        else:
            bases = [here] + self.roots + self.extra_paths
        parts = [p for p in module.split(".") if p]
        for base in dict.fromkeys(bases):
            candidate = os.path.join(base, *parts) if parts else base
            for path in (candidate + ".py", os.path.join(candidate, "__init__.py")):
                if os.path.isfile(path):
                    return path
        return None

    def _by_jedi(self, from_path: str, module: str) -> str | None:
        try:
            import jedi

            code = f"import {module}\n"
            script = jedi.Script(code, path=from_path, project=self._jedi_project(from_path),
                                 environment=self._jedi_environment())
            names = script.goto(1, len(code) - 2, follow_imports=True)
            for name in names:
                if name.module_path and str(name.module_path).endswith(".py"):
                    return str(name.module_path)
        except Exception as error:  # jedi failing on odd environments must not stop the analysis
            log.debug("jedi could not locate %s: %s", module, error)
        return None

    def _jedi_project(self, from_path: str):
        import jedi

        if self._project is None:
            root = self.roots[0] if self.roots else os.path.dirname(os.path.abspath(from_path))
            self._project = jedi.Project(root, added_sys_path=self.extra_paths, smart_sys_path=True)
        return self._project

    def _jedi_environment(self):
        if self._environment is None and self.interpreter:
            import jedi

            try:
                self._environment = jedi.create_environment(self.interpreter, safe=False)
            except Exception as error:
                log.warning("cannot use interpreter %s for jedi (%s); using the server's own", self.interpreter, error)
                self.interpreter = None
        return self._environment
