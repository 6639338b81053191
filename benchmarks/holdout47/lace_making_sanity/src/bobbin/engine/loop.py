import logging
from dataclasses import dataclass

import torch

log = logging.getLogger("bobbin.engine")


@dataclass
class TrainerConfig:
    max_epochs: int = 1
    num_sanity_val_steps: int = 2
    lr: float = 1e-3


class Trainer:
    def __init__(self, cfg):
        self.cfg = cfg
        self.history = {"train_loss": [], "val_loss": []}

    def _run_validation(self, task, batches):
        task.eval()
        with torch.no_grad():
            losses = [task.validation_step(b) for b in batches]
        return sum(losses) / max(len(losses), 1)

    def _sanity_check(self, task, val_batches):
        n = self.cfg.num_sanity_val_steps
        if n > 0:
            loss = self._run_validation(task, val_batches[:n])
            log.info("sanity check val_loss=%.3f", loss)

    def fit(self, task, train_batches, val_batches):
        optimizer = task.configure_optimizers(self.cfg.lr)
        task.train()
        self._sanity_check(task, val_batches)
        for epoch in range(self.cfg.max_epochs):
            running = 0.0
            for batch in train_batches:
                optimizer.zero_grad()
                loss = task.training_step(batch)
                loss.backward()  # TM001-here
                optimizer.step()
                running += loss.item()
            self.history["train_loss"].append(running / len(train_batches))
            self.history["val_loss"].append(self._run_validation(task, val_batches))
        return self.history
