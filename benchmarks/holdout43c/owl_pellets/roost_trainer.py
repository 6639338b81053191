"""Minimal trainer with hooks, shared by the barn-owl roost notebooks.

Order of calls in `fit` for every epoch:
    on_epoch_start -> training batches -> on_epoch_end -> validation -> on_validation_end
"""
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class RoostModel(nn.Module):
    """Monthly pellet contents (vole, shrew, mouse, bird, other bone counts) -> breeding success (0/1/2+ chicks)."""

    def __init__(self, n_prey=5, hidden=10):
        super().__init__()
        self.norm = nn.LayerNorm(n_prey)
        self.rnn = nn.LSTM(n_prey, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        out, _ = self.rnn(self.norm(x))
        return self.head(out[:, -1])


class HookedTrainer:
    def __init__(self, model, train_data, val_data, lr=1e-2, batch_size=8):
        self.model = model
        self.train_data = train_data
        self.val_data = val_data
        self.batch_size = batch_size
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.epoch = 0
        self.metrics = {}

    # hooks ---------------------------------------------------------------------------------------------
    def on_epoch_start(self):
        pass

    def on_epoch_end(self, train_loss):
        pass

    def on_validation_end(self, metrics):
        pass

    # loop ----------------------------------------------------------------------------------------------
    def training_step(self, xb, yb):
        loss = F.cross_entropy(self.model(xb), yb)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def validate(self):
        self.model.eval()
        x, y = self.val_data
        with torch.no_grad():
            logits = self.model(x)
        return {"val_loss": F.cross_entropy(logits, y).item(),
                "val_acc": (logits.argmax(-1) == y).float().mean().item()}

    def fit(self, epochs):
        x, y = self.train_data
        for _ in range(epochs):
            t0 = time.time()
            self.on_epoch_start()
            self.model.train()
            losses = []
            for i in range(0, len(x), self.batch_size):
                losses.append(self.training_step(x[i:i + self.batch_size], y[i:i + self.batch_size]))
            self.on_epoch_end(sum(losses) / len(losses))
            self.metrics = self.validate()
            self.metrics["secs"] = time.time() - t0
            self.on_validation_end(self.metrics)
            self.epoch += 1
        return self.metrics
