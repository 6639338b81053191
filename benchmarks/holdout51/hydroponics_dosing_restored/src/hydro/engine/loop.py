import logging

import torch

log = logging.getLogger("hydro.engine")


class Trainer:
    """A small fit/validate loop in the spirit of the bigger frameworks."""

    def __init__(self, max_epochs=1, sanity_steps=2):
        self.max_epochs = max_epochs
        self.sanity_steps = sanity_steps
        self.history = []
        self.global_step = 0

    def _sanity_check(self, task, val_loader):
        was_training = task.training
        task.eval()
        try:
            with torch.no_grad():
                for i, batch in enumerate(val_loader):
                    if i >= self.sanity_steps:
                        break
                    task.validation_step(batch)
        finally:
            task.train(was_training)
        log.info("sanity check passed")

    def _train_epoch(self, task, optimizer, loader):
        for batch in loader:
            optimizer.zero_grad()
            loss = task.training_step(batch)
            loss.backward()
            optimizer.step()
            self.global_step += 1

    def _validate(self, task, loader):
        task.eval()
        maes = []
        with torch.no_grad():
            for batch in loader:
                maes.append(task.validation_step(batch))
        task.train()
        return sum(maes) / len(maes)

    def fit(self, task, train_loader, val_loader):
        optimizer = task.configure_optimizers()
        if self.sanity_steps:
            self._sanity_check(task, val_loader)
        for epoch in range(self.max_epochs):
            self._train_epoch(task, optimizer, train_loader)
            mae = self._validate(task, val_loader)
            self.history.append({"epoch": epoch, "val_mae": mae})
        return self.history
