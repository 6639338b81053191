class EvalMode:
    """Switch a model to eval for a validation block."""

    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.was_training = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        # restores only the wrapper's flag
        self.model.training = self.was_training
        return False
