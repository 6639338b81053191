import logging

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, model, epochs=1, lr=5e-3, callbacks=()):
        self.model = model
        self.epochs = epochs
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.logged = {}
        self.epoch = 0
        self.val_batches = []

    def log(self, key, value):
        self.logged.setdefault(key, []).append(value)

    def training_epoch(self, batches):
        self.model.train()
        for x, y in batches:
            loss = F.binary_cross_entropy_with_logits(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        self.log("train_loss", round(loss.item(), 4))

    def validation_epoch(self, batches):
        self.model.eval()
        with torch.no_grad():
            losses = [F.binary_cross_entropy_with_logits(self.model(x), y).item() for x, y in batches]
        self.log("val_loss", round(sum(losses) / len(losses), 4))
        for cb in self.callbacks:
            cb.on_validation_end(self)

    def fit(self, train, val):
        self.val_batches = val
        for self.epoch in range(self.epochs):
            self.training_epoch(train)
            self.validation_epoch(val)
