import logging

import torch

log = logging.getLogger("coalwhip")


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.lr = lr
        self.history = []

    def _val_loop(self, model, batches, limit=None):
        model.eval()
        total = 0.0
        with torch.no_grad():
            for i, (x, y) in enumerate(batches):
                if limit is not None and i >= limit:
                    break
                total += torch.nn.functional.mse_loss(model(x), y).item()
        return total

    def _sanity_check(self, model, val_batches):
        if self.num_sanity_val_steps:
            log.info("sanity val: %.3f", self._val_loop(model, val_batches, self.num_sanity_val_steps))

    def _train_epoch(self, model, opt, batches):
        for x, y in batches:
            opt.zero_grad()
            loss = torch.nn.functional.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            self.history.append(loss.item())

    def fit(self, model, train_batches, val_batches):
        opt = torch.optim.SGD(model.parameters(), lr=self.lr)
        self._sanity_check(model, val_batches)
        for epoch in range(self.max_epochs):
            self._train_epoch(model, opt, train_batches)
            score = self._val_loop(model, val_batches)
            log.info("epoch %d val %.3f", epoch, score)
        return self.history
