import logging

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)


class LiftTrainer:
    def __init__(self, max_epochs=1, lr=1e-3, sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.sanity_val_steps = sanity_val_steps
        self.history = []

    def fit(self, model, train_dl, val_dl):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        if self.sanity_val_steps:
            self._sanity_check(val_dl)
        for epoch in range(self.max_epochs):
            tr = self._train_epoch(train_dl)
            va = self._validate(val_dl)
            self.history.append({"epoch": epoch, "train": tr, "val": va})
            log.info("epoch %d train %.4f val %.4f", epoch, tr, va)

    def _sanity_check(self, val_dl):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            for i, (x, y) in enumerate(val_dl):
                if i >= self.sanity_val_steps:
                    break
                F.mse_loss(self.model(x), y)
        self.model.train(was_training)

    def _train_epoch(self, train_dl):
        total = 0.0
        for x, y in train_dl:
            self.opt.zero_grad()
            loss = F.mse_loss(self.model(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(train_dl)

    def _validate(self, val_dl):
        self.model.eval()
        with torch.no_grad():
            losses = [F.mse_loss(self.model(x), y).item() for x, y in val_dl]
        self.model.train()
        return sum(losses) / len(losses)
