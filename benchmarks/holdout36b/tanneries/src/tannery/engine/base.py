"""A small Trainer base class: fit() drives the loop and calls hooks that subclasses override."""
import logging

import torch

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, cfg):
        self.cfg = cfg
        self.model = self.build_model()
        self.optimizer = self.build_optimizer()
        self.history = []

    # ---- hooks -------------------------------------------------------
    def build_model(self):
        raise NotImplementedError

    def build_optimizer(self):
        return torch.optim.Adam(self.model.parameters(), lr=self.cfg.lr)

    def train_batches(self):
        raise NotImplementedError

    def valid_batches(self):
        raise NotImplementedError

    def compute_loss(self, batch):
        raise NotImplementedError

    def on_fit_start(self):
        self.model.train()

    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, logs):
        pass

    def validate(self):
        return {}

    # ---- loop --------------------------------------------------------
    def training_step(self, batch):
        self.optimizer.zero_grad()
        loss = self.compute_loss(batch)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def fit(self):
        self.on_fit_start()
        for epoch in range(self.cfg.epochs):
            self.on_epoch_start(epoch)
            losses = [self.training_step(b) for b in self.train_batches()]
            logs = {"epoch": epoch, "train_loss": sum(losses) / len(losses)}
            logs.update(self.validate())
            self.on_epoch_end(epoch, logs)
            self.history.append(logs)
            log.info("epoch %d done", epoch)
        return self.history
