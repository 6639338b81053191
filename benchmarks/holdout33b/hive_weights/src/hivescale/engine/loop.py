"""A small trainer with overridable hooks, in the spirit of home-grown research loops."""
import logging

import torch

log = logging.getLogger("hivescale.engine")


class Trainer:
    def __init__(self, model, optimizer, loss_fn, max_epochs=3):
        self.model = model
        self.optimizer = optimizer
        self.loss_fn = loss_fn
        self.max_epochs = max_epochs
        self.epoch = 0
        self.history = {"train": [], "val": []}

    # ----- hooks -------------------------------------------------------
    def on_fit_start(self):
        self.model.train()

    def on_epoch_start(self):
        pass

    def on_epoch_end(self, train_loss):
        self.history["train"].append(train_loss)

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, val_loss):
        # put the model back for the next epoch
        self.history["val"].append(val_loss)
        self.model.train()

    # ----- loops -------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        pred = self.model(x)
        return self.loss_fn(pred, y)

    def train_epoch(self, batches):
        total = 0.0
        for batch in batches:
            self.optimizer.zero_grad()
            loss = self.training_step(batch)
            loss.backward()  # TM001-here
            self.optimizer.step()
            total += float(loss)
        return total / max(len(batches), 1)

    @torch.no_grad()
    def validate(self, batches):
        self.on_validation_start()
        total = 0.0
        for x, y in batches:
            total += float(self.loss_fn(self.model(x), y))
        val = total / max(len(batches), 1)
        self.on_validation_end(val)
        return val

    def fit(self, train_batches, val_batches):
        self.on_fit_start()
        for self.epoch in range(self.max_epochs):
            self.on_epoch_start()
            tl = self.train_epoch(train_batches)
            self.on_epoch_end(tl)
            vl = self.validate(val_batches)
            log.info("epoch %d train %.4f val %.4f", self.epoch, tl, vl)
        return self.history
