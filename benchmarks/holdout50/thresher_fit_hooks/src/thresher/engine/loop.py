import logging

import torch
import torch.nn as nn

from .checks import sanity_validate

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, max_epochs=1, lr=1e-3, num_sanity_val_steps=2, log_every=10):
        self.max_epochs = max_epochs
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.log_every = log_every
        self.loss_fn = nn.MSELoss()
        self.global_step = 0
        self.history = {"train_loss": [], "val_loss": []}

    # hooks -----------------------------------------------------------------
    def on_train_start(self):
        self.model.train()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=self.lr)

    def on_validation_end(self, val_loss):
        self.history["val_loss"].append(val_loss)
        self.model.train()

    # loops -----------------------------------------------------------------
    def fit(self, model, train_loader, val_loader):
        self.model = model
        if self.num_sanity_val_steps:
            sanity_validate(self.model, val_loader, self.loss_fn, self.num_sanity_val_steps)
        self.on_train_start()
        for epoch in range(self.max_epochs):
            self._train_epoch(train_loader, epoch)
            self._validate(val_loader)
        return self.history

    def _train_epoch(self, loader, epoch):
        running = 0.0
        for i, (x, y) in enumerate(loader):
            loss = self.loss_fn(self.model(x), y)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            running += loss.item()
            self.global_step += 1
            if self.global_step % self.log_every == 0:
                log.info("epoch %d step %d loss %.4f", epoch, self.global_step, running / (i + 1))
        self.history["train_loss"].append(running / max(1, len(loader)))

    @torch.no_grad()
    def _validate(self, loader):
        self.model.eval()
        total, n = 0.0, 0
        for x, y in loader:
            total += self.loss_fn(self.model(x), y).item() * len(y)
            n += len(y)
        self.on_validation_end(total / max(1, n))
