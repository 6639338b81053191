import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("chandler.engine")


class BaseTrainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, epoch, val_batch, metrics):
        pass

    # loop --------------------------------------------------------------
    def train_epoch(self, batches):
        self.model.train()
        for x, y in batches:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    @torch.no_grad()
    def _val_metrics(self, batches):
        correct = total = 0
        for x, y in batches:
            correct += (self.model(x).argmax(-1) == y).sum().item()
            total += y.numel()
        return {"acc": correct / max(total, 1)}

    def validate(self, epoch, batches):
        self.model.eval()
        metrics = self._val_metrics(batches)
        self.on_validation_end(epoch, batches[0], metrics)
        self.model.train()
        return metrics

    def fit(self, train_batches, val_batches):
        for epoch in range(self.cfg["epochs"]):
            self.on_epoch_start(epoch)
            tl = self.train_epoch(train_batches)
            m = self.validate(epoch, val_batches)
            self.history.append((tl, m["acc"]))
            log.info("epoch %d loss %.4f acc %.3f", epoch, tl, m["acc"])
        return self.history
