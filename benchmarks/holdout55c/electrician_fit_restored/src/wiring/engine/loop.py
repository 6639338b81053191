import logging

import torch
from torch import nn

log = logging.getLogger("wiring.engine")


class Trainer:
    def __init__(self, model, lr=1e-2, max_epochs=2, sanity_batches=1):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.CrossEntropyLoss()
        self.max_epochs = max_epochs
        self.sanity_batches = sanity_batches
        self.history = []

    def on_fit_start(self):
        self.model.train()
        log.debug("fit start")

    def _sanity_check(self, loader):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            for i, (x, y) in enumerate(loader):
                if i >= self.sanity_batches:
                    break
                out = self.model(x)
                self.loss_fn(out.reshape(-1, out.size(-1)), y.reshape(-1))
        self.model.train(was_training)
        log.debug("sanity check passed")

    def training_step(self, x, y):
        out = self.model(x)
        loss = self.loss_fn(out.reshape(-1, out.size(-1)), y.reshape(-1))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, train_loader, val_loader):
        self.on_fit_start()
        self._sanity_check(val_loader)
        for epoch in range(self.max_epochs):
            losses = [self.training_step(x, y) for x, y in train_loader]
            self.history.append(sum(losses) / len(losses))
            log.info("epoch %d loss %.4f", epoch, self.history[-1])
        return self.history
