from collections import defaultdict

import torch
import torch.nn.functional as F

from .data import motor_traces


class ShedTrainer:
    def __init__(self, model, lr=1e-3, seed=0):
        torch.manual_seed(seed)
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = []
        self.metrics = defaultdict(list)
        self.train_data = motor_traces(12, seed=seed)
        self.val_data = motor_traces(4, seed=seed + 1)
        self.epoch = -1

    def _notify(self, name):
        for cb in self.callbacks:
            getattr(cb, name)(self)

    def fit(self, epochs):
        self.model.train()
        x, y = self.train_data
        for self.epoch in range(epochs):
            for i in range(0, len(x), 4):
                loss = F.l1_loss(self.model(x[i:i + 4]), y[i:i + 4])
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
                self.metrics["train_l1"].append(loss.item())
            self._notify("after_epoch")
