import logging

import torch
from torch import nn

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, model, lr, epochs, batch_size, sanity_steps=0):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.batch_size = batch_size
        self.sanity_steps = sanity_steps
        self.loss_fn = nn.CrossEntropyLoss()
        self.history = []

    def _batches(self, xs, ys):
        for i in range(0, len(xs), self.batch_size):
            yield xs[i:i + self.batch_size], ys[i:i + self.batch_size]

    @torch.no_grad()
    def evaluate(self, xs, ys, max_steps=None):
        self.model.eval()
        correct, seen = 0, 0
        for step, (xb, yb) in enumerate(self._batches(xs, ys)):
            if max_steps is not None and step >= max_steps:
                break
            correct += (self.model(xb).argmax(-1) == yb).sum().item()
            seen += len(yb)
        return correct / max(seen, 1)

    def on_train_epoch_start(self, epoch):
        self.model.train()
        log.debug("epoch %d", epoch)

    def training_step(self, xb, yb):
        loss = self.loss_fn(self.model(xb), yb)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, xs, ys, vx, vy):
        if self.sanity_steps:
            self.evaluate(vx, vy, max_steps=self.sanity_steps)
        for epoch in range(self.epochs):
            self.on_train_epoch_start(epoch)
            losses = [self.training_step(xb, yb) for xb, yb in self._batches(xs, ys)]
            acc = self.evaluate(vx, vy)
            self.history.append((sum(losses) / len(losses), acc))
        return self.history
