import logging

import torch

log = logging.getLogger("peat.engine")


class Trainer:
    """Minimal base trainer: `fit()` drives the loop, subclasses fill in the hooks."""

    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.optimizer = self.configure_optimizer()
        self.history = []

    # ---- hooks -----------------------------------------------------------------
    def configure_optimizer(self):
        return torch.optim.SGD(self.model.parameters(), lr=self.config.get("lr", 1e-2))

    def train_batches(self):
        raise NotImplementedError

    def compute_loss(self, batch):
        raise NotImplementedError

    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, mean_loss):
        self.history.append({"epoch": epoch, "loss": mean_loss})

    # ---- loop ------------------------------------------------------------------
    def fit(self):
        self.model.train()
        for epoch in range(self.config["epochs"]):
            self.on_epoch_start(epoch)
            losses = []
            for batch in self.train_batches():
                self.optimizer.zero_grad()
                loss = self.compute_loss(batch)
                loss.backward()  # TM001-here
                self.optimizer.step()
                losses.append(loss.item())
            self.on_epoch_end(epoch, sum(losses) / len(losses))
        return self.history
