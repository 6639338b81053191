class EvalMode:
    """Puts a module in eval for the block and restores its previous mode on exit."""

    def __init__(self, module):
        self.module = module
        self.was_training = None

    def __enter__(self):
        self.was_training = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, exc_type, exc, tb):
        self.module.train(self.was_training)
        return False
