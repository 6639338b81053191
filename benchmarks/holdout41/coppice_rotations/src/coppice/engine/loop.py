import logging

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)


class Trainer:
    """A small fit/validate loop in the style of the usual high-level trainers."""

    def __init__(self, max_epochs=1, lr=1e-3, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []
        self.global_step = 0

    def fit(self, model, train_loader, val_loader):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=self.lr)
        model.train()
        if self.num_sanity_val_steps:
            self._sanity_check(val_loader)
        for epoch in range(self.max_epochs):
            self._train_epoch(train_loader, epoch)
            self.history.append(self.validate(val_loader))
        return self

    def _sanity_check(self, val_loader):
        log.info("running %d sanity validation steps", self.num_sanity_val_steps)
        self.model.eval()
        with torch.no_grad():
            for i, (x, y) in enumerate(val_loader):
                if i >= self.num_sanity_val_steps:
                    break
                self.validation_step(x, y)

    def training_step(self, x, y):
        pred = self.model(x)
        return F.mse_loss(pred, y)

    def validation_step(self, x, y):
        return F.mse_loss(self.model(x), y).item()

    def _train_epoch(self, loader, epoch):
        for x, y in loader:
            loss = self.training_step(x, y)
            self.optimizer.zero_grad()
            loss.backward()  # TM001-here
            self.optimizer.step()
            self.global_step += 1
        log.info("epoch %d step %d loss %.4f", epoch, self.global_step, loss.item())

    def validate(self, loader):
        self.model.eval()
        with torch.no_grad():
            losses = [self.validation_step(x, y) for x, y in loader]
        return sum(losses) / len(losses)
