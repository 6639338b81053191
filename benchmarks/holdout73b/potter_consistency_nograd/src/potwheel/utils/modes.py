class EvalMode:
    """Switch a module to eval on enter and restore its previous mode on exit."""

    def __init__(self, module):
        self.module = module
        self.was_training = module.training

    def __enter__(self):
        self.was_training = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.was_training)
        return False
