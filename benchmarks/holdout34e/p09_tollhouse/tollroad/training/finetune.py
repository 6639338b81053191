import copy

import torch
import torch.nn.functional as F

from ..utils import evaluate


class Finetuner:
    """Fine-tunes for a season of counts; each epoch restarts from the best weights so far."""

    def __init__(self, model, train_batches, val_batches, lr=3e-3, epochs=3):
        self.model = model
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.lr = lr
        self.epochs = epochs
        self.best, self.best_score = None, float("inf")
        self.opt = self._make_opt()

    def _make_opt(self):
        return torch.optim.Adam(self.model.parameters(), lr=self.lr)

    def train_step(self, x, y):
        self.opt.zero_grad()
        loss = F.l1_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def validate(self):
        self.model.eval()
        score = evaluate(self.model, self.val_batches)
        if score < self.best_score:
            self.best, self.best_score = copy.deepcopy(self.model), score
        self.model.train()
        return score

    def restart_from_best(self):
        self.model = copy.deepcopy(self.best)
        self.opt = self._make_opt()

    def run(self):
        for epoch in range(self.epochs):
            losses = [self.train_step(x, y) for x, y in self.train_batches]
            score = self.validate()
            print(f"epoch {epoch} train={sum(losses) / len(losses):.4f} val={score:.4f}")
            self.restart_from_best()
        return self.best_score
