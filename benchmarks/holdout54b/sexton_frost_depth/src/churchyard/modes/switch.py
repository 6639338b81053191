class EvalMode:
    """Puts every submodule in eval mode and restores each one's own flag."""

    def __init__(self, model):
        self.model = model
        self._saved = []

    def __enter__(self):
        self._saved = [(m, m.training) for m in self.model.modules()]
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        for m, flag in self._saved:
            m.training = flag
        return False
