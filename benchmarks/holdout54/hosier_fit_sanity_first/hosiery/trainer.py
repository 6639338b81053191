import itertools
import logging

import torch

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, max_epochs=1, sanity_batches=2, lr=1e-3):
        self.max_epochs = max_epochs
        self.sanity_batches = sanity_batches
        self.lr = lr

    @torch.no_grad()
    def _validate(self, task, loader, limit=None):
        task.eval()
        rows = [task.validation_step(b) for b in itertools.islice(loader, limit)]
        return sum(r["loss"] for r in rows) / max(len(rows), 1)

    def _sanity_check(self, task, val_dl):
        if self.sanity_batches:
            loss = self._validate(task, val_dl, limit=self.sanity_batches)
            log.info("sanity check val loss %.3f", loss)

    def _train_epoch(self, task, opt, train_dl):
        total = 0.0
        for batch in train_dl:
            loss = task.training_step(batch)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        return total / len(train_dl)

    def fit(self, task, train_dl, val_dl):
        opt = task.configure_optimizers(self.lr)
        self._sanity_check(task, val_dl)
        task.train()
        history = []
        for epoch in range(self.max_epochs):
            tr = self._train_epoch(task, opt, train_dl)
            history.append(self._validate(task, val_dl))
            log.info("epoch %d train %.3f val %.3f", epoch, tr, history[-1])
            task.train()
        return history
