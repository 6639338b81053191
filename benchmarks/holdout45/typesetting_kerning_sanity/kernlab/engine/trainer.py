import logging
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from .hooks import HookMixin

log = logging.getLogger("kernlab.trainer")


@dataclass
class TrainerConfig:
    max_epochs: int = 2
    lr: float = 5e-3
    num_sanity_val_steps: int = 2
    clip: float = 1.0


class Trainer(HookMixin):
    def __init__(self, model, train_batches, val_batches, config=None):
        self.model = model
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.cfg = config or TrainerConfig()
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=self.cfg.lr)
        self.history = []

    # ----- evaluation -------------------------------------------------
    def _eval_loop(self, batches):
        self.model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for glyphs, kern in batches:
                total += F.mse_loss(self.model(glyphs), kern).item() * len(kern)
                n += len(kern)
        return {"val_mse": total / max(n, 1)}

    def _run_sanity_check(self):
        self.on_sanity_check_start()
        steps = self.val_batches[: self.cfg.num_sanity_val_steps]
        metrics = self._eval_loop(steps)
        log.info("sanity check: %s", metrics)
        self.on_sanity_check_end()

    def validate(self):
        metrics = self._eval_loop(self.val_batches)
        self.on_validation_end(metrics)
        return metrics

    # ----- training ---------------------------------------------------
    def backward(self, loss):
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg.clip)

    def training_step(self, batch):
        glyphs, kern = batch
        loss = F.mse_loss(self.model(glyphs), kern)
        self.backward(loss)
        self.optimizer.step()
        return loss.item()

    def fit(self):
        self.on_fit_start()
        if self.cfg.num_sanity_val_steps:
            self._run_sanity_check()
        for epoch in range(self.cfg.max_epochs):
            self.on_train_epoch_start(epoch)
            losses = [self.training_step(b) for b in self.train_batches]
            metrics = self.validate()
            metrics["train_mse"] = sum(losses) / len(losses)
            self.history.append(metrics)
            log.info("epoch %d %s", epoch, metrics)
        self.on_fit_end()
        return self.history
