class EvalMode:
    """Puts a module in eval mode for the block and restores the previous mode after it."""

    def __init__(self, module):
        self.module = module
        self.prev = None

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False
