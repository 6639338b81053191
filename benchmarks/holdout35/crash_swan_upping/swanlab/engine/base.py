from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass
class TrainerConfig:
    max_epochs: int = 2
    lr: float = 1e-2
    num_sanity_val_steps: int = 1


class Trainer:
    """Minimal fit loop with overridable hooks."""

    def __init__(self, model, train_loader, val_loader, config=None):
        self.model = model
        self.train_loader = train_loader
        self.val_loader = val_loader
        self.config = config or TrainerConfig()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=self.config.lr)
        self.history = []

    # ----- hooks -------------------------------------------------------
    def on_fit_start(self):
        pass

    def on_train_epoch_start(self, epoch):
        pass

    def on_validation_end(self, metrics):
        self.history.append(metrics)

    # ----- steps -------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        logits = self.model(x)
        return F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))

    def validation_step(self, batch):
        x, y = batch
        logits = self.model(x)
        return (logits.argmax(-1) == y).float().mean().item()

    @torch.no_grad()
    def evaluate(self, limit=None):
        self.model.eval()
        scores = []
        for i, batch in enumerate(self.val_loader):
            if limit is not None and i >= limit:
                break
            scores.append(self.validation_step(batch))
        return {"val_acc": sum(scores) / max(len(scores), 1)}

    def _inner_loop(self, epoch):
        self.on_train_epoch_start(epoch)
        total = 0.0
        for batch in self.train_loader:
            self.optimizer.zero_grad()
            loss = self.training_step(batch)
            loss.backward()  # TM001-here
            self.optimizer.step()
            total += loss.item()
        return total

    def fit(self):
        self.on_fit_start()
        if self.config.num_sanity_val_steps:
            self.evaluate(limit=self.config.num_sanity_val_steps)
        for epoch in range(self.config.max_epochs):
            loss = self._inner_loop(epoch)
            metrics = self.evaluate()
            metrics["train_loss"] = loss
            self.on_validation_end(metrics)
        return self.history
