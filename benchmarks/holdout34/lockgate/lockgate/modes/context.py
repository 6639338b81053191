import torch


class Evaluating:
    """`with Evaluating(model):` puts the model in eval mode and disables grad,
    restoring whatever mode it had on exit."""

    def __init__(self, model):
        self.model = model
        self.was_training = None
        self._grad = torch.no_grad()

    def __enter__(self):
        self.was_training = self.model.training
        self.model.eval()
        self._grad.__enter__()
        return self.model

    def __exit__(self, exc_type, exc, tb):
        self._grad.__exit__(exc_type, exc, tb)
        self.model.train(self.was_training)
        return False
