import logging
from dataclasses import dataclass

import torch
from torch import nn

log = logging.getLogger("lacquer.engine")


@dataclass
class TrainerConfig:
    max_epochs: int = 1
    lr: float = 1e-3
    sanity_batches: int = 2


class Trainer:
    """A small fit/validate loop in the style of the usual trainer libraries."""

    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.optimizer = torch.optim.Adam(model.parameters(), lr=config.lr)
        self.loss_fn = nn.SmoothL1Loss()

    def _sanity_check(self, val_batches):
        # run a couple of validation batches before training so shape bugs show early
        self.model.eval()
        with torch.no_grad():
            for i, (x, y) in enumerate(val_batches):
                if i >= self.config.sanity_batches:
                    break
                self.loss_fn(self.model(x), y)
        log.debug("sanity check passed")

    def training_step(self, batch):
        x, y = batch
        loss = self.loss_fn(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def fit(self, train_batches, val_batches):
        self._sanity_check(val_batches)
        history = []
        for epoch in range(self.config.max_epochs):
            losses = [self.training_step(b) for b in train_batches]
            history.append(sum(losses) / len(losses))
            log.info("epoch %d loss %.4f", epoch, history[-1])
        return history
