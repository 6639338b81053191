import torch
from torch import nn


class BaseTask:
    """Owns a model and an optimiser; the engine calls the hooks."""

    def __init__(self, model, lr=1e-2):
        self.model = model
        self.optimizer = torch.optim.SGD(model.parameters(), lr=lr)
        self.val_scores = []

    def training_step(self, batch):
        x, y = batch
        return nn.functional.mse_loss(self.model(x), y)

    def validation_step(self, batch):
        x, y = batch
        return nn.functional.mse_loss(self.model(x), y).item()

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, scores):
        self.val_scores.append(sum(scores) / len(scores))
        self.model.train()
