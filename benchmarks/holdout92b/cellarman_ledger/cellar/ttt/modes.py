class _ModeSwitch:
    target = None

    def __init__(self, module):
        self.module = module
        self._prev = None

    def __enter__(self):
        self._prev = self.module.training
        self.module.train(self.target)
        return self.module

    def __exit__(self, *exc):
        self.module.train(self._prev)
        return False


class EvalMode(_ModeSwitch):
    target = False


class TrainMode(_ModeSwitch):
    target = True
