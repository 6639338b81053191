import logging

import torch
from torch import nn

log = logging.getLogger("currier")


class Trainer:
    def __init__(self, model, lr=1e-2, max_epochs=2, num_sanity_val_steps=2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.CrossEntropyLoss()
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps

    def _sanity_check(self, val_batches):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            for i, (x, y) in enumerate(val_batches):
                if i >= self.num_sanity_val_steps:
                    break
                _ = self.loss_fn(self.model(x), y)
        self.model.train(was_training)
        log.info("sanity check passed")

    def training_step(self, x, y):
        self.opt.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, train_batches, val_batches):
        if self.num_sanity_val_steps:
            self._sanity_check(val_batches)
        for epoch in range(self.max_epochs):
            losses = [self.training_step(x, y) for x, y in train_batches]
            log.info("epoch %d loss %.4f", epoch, sum(losses) / len(losses))
        return self
