import logging

import torch
from torch import nn

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, max_epochs=2, lr=1e-2, sanity_batches=1):
        self.max_epochs = max_epochs
        self.lr = lr
        self.sanity_batches = sanity_batches
        self.history = []

    @torch.no_grad()
    def _validate(self, model, batches):
        model.eval()
        err = 0.0
        for x, y in batches:
            err += nn.functional.l1_loss(model(x), y).item()
        return err / max(len(batches), 1)

    def _sanity_check(self, model, val_batches):
        # like the frameworks: run a couple of validation batches before training
        return self._validate(model, val_batches[: self.sanity_batches])

    def fit(self, model, train_batches, val_batches):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        model.train()
        self._sanity_check(model, val_batches)
        for epoch in range(self.max_epochs):
            for x, y in train_batches:
                opt.zero_grad()
                loss = nn.functional.mse_loss(model(x), y)
                loss.backward()  # TM001-here
                opt.step()
            val = self._validate(model, val_batches)
            self.history.append(val)
            log.info("epoch %d val %.4f", epoch, val)
        return self.history
