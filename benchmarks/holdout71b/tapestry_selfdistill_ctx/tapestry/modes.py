class Deterministic:
    """Run a block with dropout off; restores the previous mode on exit."""

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
