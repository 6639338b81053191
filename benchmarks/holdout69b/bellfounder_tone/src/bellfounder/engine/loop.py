import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("bellfounder")


class Trainer:
    def __init__(self, model, lr=1e-2, epochs=2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_end(self, epoch, batch):
        pass

    def on_validation_end(self, epoch, batch, metrics):
        pass

    # loop --------------------------------------------------------------
    def train_epoch(self, loader):
        self.model.train()
        total = 0.0
        for xb, yb in loader:
            self.opt.zero_grad()
            loss = F.cross_entropy(self.model(xb), yb)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(loader)

    @torch.no_grad()
    def validate(self, loader):
        self.model.eval()
        correct = n = 0
        for xb, yb in loader:
            correct += (self.model(xb).argmax(-1) == yb).sum().item()
            n += len(yb)
        return {"acc": correct / n}

    def fit(self, train_loader, val_loader):
        for epoch in range(self.epochs):
            tl = self.train_epoch(train_loader)
            self.on_epoch_end(epoch, train_loader[0])
            metrics = self.validate(val_loader)
            self.on_validation_end(epoch, val_loader[0], metrics)
            self.history.append((tl, metrics["acc"]))
            log.info("epoch %d loss %.4f acc %.3f", epoch, tl, metrics["acc"])
        return self.history
