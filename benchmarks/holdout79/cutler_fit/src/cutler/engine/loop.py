import logging

import torch
from torch import nn

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, model, epochs=1, lr=1e-3, sanity_steps=2):
        self.model = model
        self.epochs = epochs
        self.sanity_steps = sanity_steps
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.MSELoss()
        self.best = float("inf")

    @torch.no_grad()
    def evaluate(self, loader, max_steps=None):
        self.model.eval()
        total, n = 0.0, 0
        for i, (x, y) in enumerate(loader):
            if max_steps is not None and i >= max_steps:
                break
            total += self.loss_fn(self.model(x), y).item() * len(x)
            n += len(x)
        return total / max(n, 1)

    def sanity_check(self, val_dl):
        # run a couple of validation batches before training, like the big frameworks do
        loss = self.evaluate(val_dl, max_steps=self.sanity_steps)
        log.info("sanity val loss %.4f", loss)

    def training_step(self, x, y):
        self.opt.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, train_dl, val_dl):
        self.sanity_check(val_dl)
        for epoch in range(self.epochs):
            losses = [self.training_step(x, y) for x, y in train_dl]
            val = self.evaluate(val_dl)
            self.best = min(self.best, val)
            log.info("epoch %d train %.4f val %.4f", epoch, sum(losses) / len(losses), val)
