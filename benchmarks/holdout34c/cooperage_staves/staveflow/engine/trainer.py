"""A small trainer loop in the style of the bigger frameworks: fit() owns the loop,
subclasses override training_step / validation_step."""
from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass
class TrainerConfig:
    max_epochs: int = 2
    lr: float = 1e-2
    num_sanity_val_steps: int = 1
    log_every: int = 2


class Trainer:
    def __init__(self, model, train_batches, val_batches, config: TrainerConfig = TrainerConfig()):
        self.model = model
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.config = config
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=config.lr)
        self.global_step = 0
        self.history = []

    # ---- hooks -------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        pred = self.model(x)
        return F.mse_loss(pred, y)

    def validation_step(self, batch):
        x, y = batch
        return F.l1_loss(self.model(x), y).item()

    # ---- loops -------------------------------------------------------
    @torch.no_grad()
    def evaluate(self, limit=None):
        self.model.eval()
        errs = []
        for i, batch in enumerate(self.val_batches):
            if limit is not None and i >= limit:
                break
            errs.append(self.validation_step(batch))
        return sum(errs) / max(len(errs), 1)

    def _run_sanity_check(self):
        if self.config.num_sanity_val_steps > 0:
            mae = self.evaluate(limit=self.config.num_sanity_val_steps)
            print(f"sanity check mae={mae:.3f}")

    def _train_epoch(self, epoch):
        for batch in self.train_batches:
            self.optimizer.zero_grad()
            loss = self.training_step(batch)
            loss.backward()  # TM001-here
            self.optimizer.step()
            self.global_step += 1
            if self.global_step % self.config.log_every == 0:
                print(f"epoch {epoch} step {self.global_step} loss {loss.item():.4f}")

    def fit(self):
        self._run_sanity_check()
        for epoch in range(self.config.max_epochs):
            self._train_epoch(epoch)
            mae = self.evaluate()
            self.history.append(mae)
            print(f"epoch {epoch} val mae {mae:.3f}")
        return self.history
