import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("tarworks")


class Trainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, train_loss):
        self.history.append(train_loss)

    def on_validation_end(self, epoch, val_loss):
        log.info("epoch %d val %.4f", epoch, val_loss)

    # steps -------------------------------------------------------------
    def training_step(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    @torch.no_grad()
    def validate(self, batches):
        losses = [F.mse_loss(self.model(x), y).item() for x, y in batches]
        return sum(losses) / len(losses)

    def fit(self, train_batches, val_batches):
        self.model.train()
        for epoch in range(self.cfg["epochs"]):
            self.on_epoch_start(epoch)
            total = sum(self.training_step(x, y) for x, y in train_batches)
            self.on_epoch_end(epoch, total / len(train_batches))
            self.on_validation_end(epoch, self.validate(val_batches))
        return self.history
