import logging

import torch

from .loops import evaluation_loop, fit_loop

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, model, max_epochs=1, num_sanity_val_steps=2, lr=1e-2):
        self.model = model
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def _sanity_check(self, val_dl):
        if self.num_sanity_val_steps > 0:
            acc = evaluation_loop(self.model, val_dl, self.num_sanity_val_steps)
            log.info("sanity acc %.3f", acc)

    def _on_train_epoch_start(self, epoch):
        log.info("epoch %d", epoch)

    def fit(self, train_dl, val_dl):
        self._sanity_check(val_dl)
        for epoch in range(self.max_epochs):
            self._on_train_epoch_start(epoch)
            loss = fit_loop(self.model, train_dl, self.optimizer)
            acc = evaluation_loop(self.model, val_dl)
            self.history.append({"epoch": epoch, "loss": loss, "acc": acc})
        return self.history
