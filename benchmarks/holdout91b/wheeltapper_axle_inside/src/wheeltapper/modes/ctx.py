class EvalMode:
    """Switch a module to eval on entry and put back its previous mode on exit."""

    def __init__(self, module):
        self.module = module
        self._was_training = None

    def __enter__(self):
        self._was_training = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, exc_type, exc, tb):
        self.module.train(self._was_training)
        return False
