class ModeSwitch:
    """Puts a module into the requested mode for a block and restores each submodule's
    own flag afterwards."""

    def __init__(self, module, training=True):
        self.module = module
        self.training = training
        self._saved = None

    def __enter__(self):
        self._saved = [(m, m.training) for m in self.module.modules()]
        self.module.train(self.training)
        return self.module

    def __exit__(self, *exc):
        for m, flag in self._saved:
            m.training = flag
        return False
