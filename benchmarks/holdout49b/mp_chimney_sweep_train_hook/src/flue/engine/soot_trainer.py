import torch

from .loop import Trainer


class SootTrainer(Trainer):
    """Logs which flue segment drives the prediction, by gradient x input.

    The relevance pass puts the model back in training mode first, then restores the mode."""

    def on_validation_end(self, x, y, val):
        was_training = self.model.training
        self.model.train()
        x = x.clone().requires_grad_(True)
        pred = self.model(x).sum()
        pred.backward()
        relevance = (x.grad * x).sum(-1).mean(0)
        self.model.zero_grad()
        self.model.train(was_training)
        print("segment relevance", [round(r, 3) for r in relevance.tolist()])
