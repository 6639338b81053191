class EvalMode:
    """Puts a module in eval mode for the body of a `with` block, then restores it."""

    def __init__(self, module):
        self.module = module
        self._was = None

    def __enter__(self):
        self._was = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self._was)
        return False
