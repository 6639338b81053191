class EvalMode:
    """with EvalMode(model): ...  -- eval inside, the previous mode restored on exit."""

    def __init__(self, model):
        self.model = model
        self.was_training = None

    def __enter__(self):
        self.was_training = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, exc_type, exc, tb):
        self.model.train(self.was_training)
        return False
