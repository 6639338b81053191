class Mode:
    """Switch a module to `training` on entry and restore whatever it was on exit."""

    def __init__(self, module, training):
        self.module = module
        self.training = training
        self._saved = None

    def __enter__(self):
        self._saved = self.module.training
        self.module.train(self.training)
        return self.module

    def __exit__(self, *exc):
        self.module.train(self._saved)
        return False
