"""A small hook-driven trainer. Subclasses override the on_* hooks."""
import logging

import torch

log = logging.getLogger("workshop.base")


class BaseTrainer:
    def __init__(self, model, lr=1e-3, epochs=1, val_every=None):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.val_every = val_every
        self.step = 0

    # hooks ---------------------------------------------------------------
    def on_fit_start(self):
        self.model.train()

    def on_train_batch_start(self, batch):
        pass

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, metrics):
        self.model.train()

    def on_epoch_end(self, epoch):
        log.info("epoch %d done at step %d", epoch, self.step)

    # steps ---------------------------------------------------------------
    def compute_loss(self, batch):
        raise NotImplementedError

    def backward(self, loss):
        loss.backward()

    def validate(self, loader):
        self.on_validation_start()
        with torch.no_grad():
            losses = [self.compute_loss(b).item() for b in loader]
        metrics = {"val_loss": sum(losses) / len(losses)}
        self.on_validation_end(metrics)
        return metrics

    def fit(self, train_loader, val_loader):
        self.on_fit_start()
        for epoch in range(self.epochs):
            for batch in train_loader:
                self.on_train_batch_start(batch)
                loss = self.compute_loss(batch)
                self.opt.zero_grad()
                self.backward(loss)
                self.opt.step()
                self.step += 1
                if self.val_every and self.step % self.val_every == 0:
                    self.validate(val_loader)
            self.on_epoch_end(epoch)
