class Evaluating:
    """Puts a module in eval mode for the block and restores its previous mode afterwards."""

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
