import torch
from torch import nn


class Trainer:
    def __init__(self, model, optimizer, train_batches, val_batches, callbacks=(), max_epochs=2,
                 num_sanity_val_steps=1):
        self.model = model
        self.optimizer = optimizer
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.callbacks = list(callbacks)
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.loss_fn = nn.MSELoss()
        self.history = []

    def _call(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    @torch.no_grad()
    def evaluate(self, batches, limit=None):
        was_training = self.model.training
        self.model.eval()
        try:
            return self._run_eval(batches, limit)
        finally:
            self.model.train(was_training)

    def _run_eval(self, batches, limit):
        total, n = 0.0, 0
        for i, (x, y) in enumerate(batches):
            if limit is not None and i >= limit:
                break
            total += self.loss_fn(self.model(x), y).item()
            n += 1
        return {"val_loss": total / max(n, 1)}

    def training_step(self, batch):
        x, y = batch
        loss = self.loss_fn(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def _inner_loop(self):
        return [self.training_step(b) for b in self.train_batches]

    def fit(self):
        self._call("on_fit_start")
        if self.num_sanity_val_steps:
            self.evaluate(self.val_batches, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            self.history.append(sum(self._inner_loop()))
            metrics = self.evaluate(self.val_batches)
            self._call("on_validation_end", metrics)
            self._call("on_epoch_end", epoch)
        return self.history
