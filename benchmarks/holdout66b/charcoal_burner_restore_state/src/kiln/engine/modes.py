class evaluating:
    """Put a module in eval mode for the block and restore its previous mode afterwards."""

    def __init__(self, module):
        self.module = module
        self.was_training = module.training

    def __enter__(self):
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.was_training)
        return False
