import logging

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)


class Engine:
    def __init__(self, model, optimizer, train_batches, val_batches, epochs=1, val_every=10):
        self.model = model
        self.optimizer = optimizer
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.epochs = epochs
        self.val_every = val_every
        self.global_step = 0
        self.best = float("inf")

    # ---- hooks -------------------------------------------------------
    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, metrics):
        self.model.train()

    def on_epoch_end(self, epoch):
        pass

    # ---- steps -------------------------------------------------------
    def compute_loss(self, batch):
        x, y = batch
        return F.binary_cross_entropy_with_logits(self.model(x), y)

    def train_step(self, batch):
        loss = self.compute_loss(batch)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def validate(self):
        self.on_validation_start()
        losses = [self.compute_loss(b).item() for b in self.val_batches]
        metrics = {"val_loss": sum(losses) / len(losses), "step": self.global_step}
        self.on_validation_end(metrics)
        return metrics

    def run(self):
        self.model.train()
        for epoch in range(self.epochs):
            for batch in self.train_batches:
                self.train_step(batch)
                self.global_step += 1
                if self.global_step % self.val_every == 0:
                    self.validate()
            self.on_epoch_end(epoch)
