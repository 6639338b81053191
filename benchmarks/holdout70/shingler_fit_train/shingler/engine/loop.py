import logging

import torch
from torch import nn

log = logging.getLogger("shingler")


class Trainer:
    def __init__(self, model, max_epochs=2, lr=1e-2, sanity_batches=1):
        self.model = model
        self.max_epochs = max_epochs
        self.sanity_batches = sanity_batches
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.CrossEntropyLoss()

    @torch.no_grad()
    def _sanity_check(self, val_batches):
        self.model.eval()
        for i, (x, y) in enumerate(val_batches):
            if i >= self.sanity_batches:
                break
            self.loss_fn(self.model(x), y)

    def on_train_epoch_start(self, epoch):
        log.debug("epoch %d", epoch)
        self.model.train()

    def training_step(self, batch):
        x, y = batch
        return self.loss_fn(self.model(x), y)

    def fit(self, train_batches, val_batches):
        self._sanity_check(val_batches)
        for epoch in range(self.max_epochs):
            self.on_train_epoch_start(epoch)
            for batch in train_batches:
                loss = self.training_step(batch)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
        return self
