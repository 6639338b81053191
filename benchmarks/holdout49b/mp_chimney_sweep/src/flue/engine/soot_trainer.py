import torch

from .loop import Trainer


class SootTrainer(Trainer):
    """Logs which flue segment drives the prediction, by gradient x input."""

    def on_validation_end(self, x, y, val):
        x = x.clone().requires_grad_(True)
        pred = self.model(x).sum()
        pred.backward()  # TM001-here
        relevance = (x.grad * x).sum(-1).mean(0)
        self.model.zero_grad()
        print("segment relevance", [round(r, 3) for r in relevance.tolist()])
