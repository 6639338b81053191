import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("sugarkit")


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.lr = lr
        self.history = []

    def _val_loop(self, model, batches, limit=None):
        model.eval()
        losses = []
        with torch.no_grad():
            for i, (x, y) in enumerate(batches):
                if limit is not None and i >= limit:
                    break
                losses.append(F.mse_loss(model(x), y).item())
        return sum(losses) / max(len(losses), 1)

    def fit(self, model, train_batches, val_batches):
        model.train()
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        if self.num_sanity_val_steps:
            log.info("sanity check %.3f", self._val_loop(model, val_batches, self.num_sanity_val_steps))
        for epoch in range(self.max_epochs):
            for x, y in train_batches:
                opt.zero_grad()
                loss = F.mse_loss(model(x), y)
                loss.backward()  # TM001-here
                opt.step()
            self.history.append(self._val_loop(model, val_batches))
        return self.history
