"""A context manager that evaluates a module; on exit it only logs."""


class EvalMode:
    def __init__(self, module):
        self.module = module
        self._saved = {}

    def __enter__(self):
        self._saved = {name: m.training for name, m in self.module.named_modules()}
        self.module.eval()
        return self.module

    def __exit__(self, exc_type, exc, tb):
        print("left eval block;", sum(self._saved.values()), "modules were training")
        return False
