"""An interpreter's `sys.path`, learnt from its files without running it.

Settings can name a Python interpreter whose packages imports resolve against. Running that
program to ask for its `sys.path` would let a checked repository run any program it likes (a
`pyproject.toml` naming `./evil.sh`), so the path is read from the interpreter's layout instead:

- a virtual environment: `<prefix>/pyvenv.cfg` next to `bin/` (or `Scripts/`), its
  `site-packages`, and the base installation's ones when `include-system-site-packages = true`;
- an installation prefix (system, pyenv, conda, a source build): `<prefix>/lib/pythonX.Y` with
  `os.py` in it, and its `site-packages` / Debian `dist-packages`.

`.pth` files are read as lists of paths; their `import` lines are never executed (so editable
installs that work through an import hook are not seen). When no layout matches, the caller may
fall back to jedi's *safe* environments, which only run interpreters that are owned by root or
identical to a Python installed on the system.
"""

from __future__ import annotations

import glob
import os
import re

_VERSION_DIR = re.compile(r"python(\d+)\.(\d+)t?$")


def static_sys_path(executable: str) -> list[str] | None:
    """Folders to search for modules of `executable`'s environment, or None when its layout is
    not one we can read (then nothing is known without running it)."""
    executable = os.path.abspath(executable)
    if os.path.isdir(executable):  # a venv or prefix folder given instead of its python
        prefix = executable
    else:
        prefix = os.path.dirname(os.path.dirname(executable))
    config = os.path.join(prefix, "pyvenv.cfg")
    if os.path.isfile(config):
        return _venv_paths(prefix, _read_pyvenv_cfg(config))
    real = os.path.realpath(executable)
    real_prefix = real if os.path.isdir(real) else os.path.dirname(os.path.dirname(real))
    version = _version_from_name(os.path.basename(real)) or _version_from_name(os.path.basename(executable))
    stdlib = _stdlib_dir(real_prefix, version)
    if stdlib is None:
        return None
    return _with_pth([stdlib, *_prefix_site_dirs(real_prefix, stdlib)])


def _read_pyvenv_cfg(path: str) -> dict[str, str]:
    values: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                key, sep, value = line.partition("=")
                if sep:
                    values[key.strip().lower()] = value.strip()
    except OSError:
        pass
    return values


def _venv_paths(prefix: str, config: dict[str, str]) -> list[str]:
    version = _version_from_text(config.get("version_info") or config.get("version") or "")
    own = _site_dirs_in(prefix, version)
    paths = list(own)
    home = config.get("home")
    if home:
        base_prefix = os.path.dirname(home.rstrip("/\\")) if os.path.basename(home.rstrip("/\\")) in ("bin", "Scripts") else home
        stdlib = _stdlib_dir(base_prefix, version)
        if stdlib:
            paths.insert(0, stdlib)
            if config.get("include-system-site-packages", "").lower() == "true":
                paths += _prefix_site_dirs(base_prefix, stdlib)
    return _with_pth(paths)


def _version_from_text(text: str) -> tuple[int, int] | None:
    match = re.match(r"(\d+)\.(\d+)", text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def _version_from_name(name: str) -> tuple[int, int] | None:
    match = re.match(r"python(\d+)\.(\d+)", name)
    return (int(match.group(1)), int(match.group(2))) if match else None


def _version_dirs(lib: str) -> list[str]:
    return sorted(p for p in glob.glob(os.path.join(glob.escape(lib), "python*")) if _VERSION_DIR.search(p))


def _stdlib_dir(prefix: str, version: tuple[int, int] | None) -> str | None:
    """`<prefix>/lib/pythonX.Y` (or Windows' `<prefix>/Lib`) holding `os.py`; when the version is
    unknown, the only such folder."""
    windows = os.path.join(prefix, "Lib")
    if os.path.isfile(os.path.join(windows, "os.py")):
        return windows
    lib = os.path.join(prefix, "lib")
    if version is not None:
        candidates = [os.path.join(lib, f"python{version[0]}.{version[1]}"), os.path.join(lib, f"python{version[0]}.{version[1]}t")]
    else:
        candidates = _version_dirs(lib)
    found = [c for c in candidates if os.path.isfile(os.path.join(c, "os.py"))]
    return found[0] if len(found) == 1 or (found and version is not None) else None


def _site_dirs_in(prefix: str, version: tuple[int, int] | None) -> list[str]:
    lib = os.path.join(prefix, "lib")
    if version is not None:
        folders = [os.path.join(lib, f"python{version[0]}.{version[1]}")]
    else:
        folders = _version_dirs(lib)
    found = [os.path.join(f, "site-packages") for f in folders]
    found.append(os.path.join(prefix, "Lib", "site-packages"))
    return [f for f in found if os.path.isdir(f)]


def _prefix_site_dirs(prefix: str, stdlib: str) -> list[str]:
    """site-packages of an installation whose standard library is `stdlib`; Debian's
    dist-packages layout too."""
    found = [os.path.join(stdlib, "site-packages"), os.path.join(prefix, "Lib", "site-packages")]
    match = _VERSION_DIR.search(stdlib)
    if match and os.path.basename(prefix.rstrip("/")) == "usr":
        short = f"python{match.group(1)}.{match.group(2)}"
        found += [
            os.path.join(os.path.dirname(prefix.rstrip("/")), "usr", "local", "lib", short, "dist-packages"),
            os.path.join(prefix, "lib", f"python{match.group(1)}", "dist-packages"),
        ]
    return [f for f in dict.fromkeys(found) if os.path.isdir(f)]


def _with_pth(site_dirs: list[str]) -> list[str]:
    """The folders plus the paths their `.pth` files list (paths only: `import` lines, which
    Python's site module would execute, are skipped)."""
    result = list(site_dirs)
    for site in site_dirs:
        try:
            names = sorted(n for n in os.listdir(site) if n.endswith(".pth"))
        except OSError:
            continue
        for name in names:
            for entry in read_pth(os.path.join(site, name)):
                if entry not in result:
                    result.append(entry)
    return result


def read_pth(path: str) -> list[str]:
    """The existing folders a `.pth` file names, relative to its own folder; never its code."""
    folder = os.path.dirname(path)
    entries = []
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read(1_000_000).splitlines()
    except OSError:
        return []
    for line in lines:
        line = line.rstrip()
        if not line or line.startswith("#") or line.startswith(("import ", "import\t")):
            continue
        entry = os.path.normpath(os.path.join(folder, line))
        if os.path.isdir(entry):
            entries.append(entry)
    return entries
