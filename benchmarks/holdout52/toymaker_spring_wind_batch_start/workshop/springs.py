import logging
import math

import torch
import torch.nn as nn

from .base import BaseTrainer

log = logging.getLogger("workshop.springs")


class WindingModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, num_layers=2, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, (h, c) = self.rnn(x)
        return self.head(h[-1])


class SpringTrainer(BaseTrainer):
    best_val = math.inf

    def compute_loss(self, batch):
        x, y = batch
        return nn.functional.smooth_l1_loss(self.model(x), y)

    def backward(self, loss):
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)

    def on_train_batch_start(self, batch):
        if not self.model.training:
            self.model.train()

    def on_validation_end(self, metrics):
        if metrics["val_loss"] < self.best_val:
            self.best_val = metrics["val_loss"]
            log.info("new best %.4f at step %d", self.best_val, self.step)
