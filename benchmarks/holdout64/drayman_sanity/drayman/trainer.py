import logging

import torch
from torch import nn

log = logging.getLogger("drayman")


class Trainer:
    def __init__(self, max_epochs=2, lr=1e-2, sanity_batches=1):
        self.max_epochs = max_epochs
        self.lr = lr
        self.sanity_batches = sanity_batches
        self.loss_fn = nn.MSELoss()

    def _sanity_check(self, model, val_batches):
        model.eval()
        was_training = model.training
        with torch.no_grad():
            for x, y in val_batches[: self.sanity_batches]:
                log.info("sanity loss %.4f", self.loss_fn(model(x), y).item())
        model.train(was_training)

    def _train_step(self, model, opt, x, y):
        opt.zero_grad()
        loss = self.loss_fn(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        return loss.item()

    def fit(self, model, train_batches, val_batches):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        self._sanity_check(model, val_batches)
        for epoch in range(self.max_epochs):
            losses = [self._train_step(model, opt, x, y) for x, y in train_batches]
            log.info("epoch %d loss %.4f", epoch, sum(losses) / len(losses))
        return model
