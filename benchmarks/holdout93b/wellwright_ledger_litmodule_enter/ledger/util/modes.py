class evaluating:
    """Context manager: eval mode inside, previous mode restored on exit."""

    def __init__(self, module):
        self.module = module
        self.prev = module.training

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False
