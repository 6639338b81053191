class Evaluating:
    """`with Evaluating(model):` runs the body in eval mode and restores the
    previous mode on exit."""

    def __init__(self, model):
        self.model = model
        self._was = None

    def __enter__(self):
        self._was = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self._was)
        return False
