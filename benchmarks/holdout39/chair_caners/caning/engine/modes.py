class evaluating:
    """Switch a module to eval for the block and put back whatever mode it had."""

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
