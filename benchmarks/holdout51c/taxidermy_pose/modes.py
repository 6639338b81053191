"""Mode helpers shared by the taxidermy-pose notebooks."""


class EvalMode:
    """with EvalMode(model): ...  -- eval inside the block, previous mode restored after."""

    def __init__(self, module):
        self.module = module
        self._prev = None

    def __enter__(self):
        self._prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self._prev)
        return False
