import logging

import torch

log = logging.getLogger("dockhand.engine")


class Trainer:
    def __init__(self, max_epochs=2, lr=1e-2, sanity_steps=1):
        self.max_epochs = max_epochs
        self.lr = lr
        self.sanity_steps = sanity_steps
        self.history = []

    @torch.no_grad()
    def evaluate(self, model, batches):
        model.eval()
        total = 0.0
        for x, y in batches:
            total += torch.nn.functional.mse_loss(model(x), y).item()
        return total / max(len(batches), 1)

    def _sanity_check(self, model, val):
        if self.sanity_steps:
            log.info("sanity val loss %.4f", self.evaluate(model, val[: self.sanity_steps]))

    def fit(self, model, train, val):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        self._sanity_check(model, val)
        for epoch in range(self.max_epochs):
            model.train()
            for x, y in train:
                loss = torch.nn.functional.mse_loss(model(x), y)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self.history.append(self.evaluate(model, val))
        return self.history
