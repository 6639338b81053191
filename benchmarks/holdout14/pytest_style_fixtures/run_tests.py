# expect: clean
"""pytest-style suite run without pytest: a tiny collector resolves fixtures from conftest.py by parameter name
(module-scoped cache like scope="module") and runs test_* functions in file order."""
import importlib
import inspect
import sys

sys.path.insert(0, "tests")
conftest = importlib.import_module("conftest")
_cache = {}


def resolve(name):
    if name not in _cache:
        fn = getattr(conftest, name)
        _cache[name] = fn(**{p: resolve(p) for p in inspect.signature(fn).parameters})
    return _cache[name]


mod = importlib.import_module("test_tracker")
passed = 0
for name in [n for n in vars(mod) if n.startswith("test_")]:
    fn = getattr(mod, name)
    fn(**{p: resolve(p) for p in inspect.signature(fn).parameters})
    passed += 1
    print("PASSED", name)
print(passed, "passed")
