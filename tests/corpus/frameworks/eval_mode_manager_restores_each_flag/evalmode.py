"""A context manager that evaluates a module and then puts every submodule's flag back."""


class EvalMode:
    def __init__(self, module):
        self.module = module
        self._saved = {}

    def __enter__(self):
        self._saved = {name: m.training for name, m in self.module.named_modules()}
        self.module.eval()
        return self.module

    def __exit__(self, exc_type, exc, tb):
        for name, m in self.module.named_modules():
            m.training = self._saved[name]
        return False
