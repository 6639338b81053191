import torch


class Evaluating:
    """with Evaluating(model): ... -- eval mode and no grad, restored on exit."""

    def __init__(self, model):
        self.model = model
        self._prev = None
        self._grad = torch.no_grad()

    def __enter__(self):
        self._prev = self.model.training
        self.model.eval()
        self._grad.__enter__()
        return self.model

    def __exit__(self, *exc):
        self._grad.__exit__(*exc)
        self.model.train(self._prev)
        return False
