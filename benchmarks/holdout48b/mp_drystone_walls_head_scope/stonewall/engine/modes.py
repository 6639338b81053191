class Evaluating:
    """Puts a module into eval mode for the body of a with-block and restores it after."""

    def __init__(self, module):
        self.module = module
        self._saved = None

    def __enter__(self):
        self._saved = [(m, m.training) for m in self.module.modules()]
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        for m, flag in self._saved:
            m.training = flag
        return False


def resolve_scope(model, scope):
    if scope == "model":
        return model
    return getattr(model, scope)
