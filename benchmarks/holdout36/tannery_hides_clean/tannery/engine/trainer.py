import torch
import torch.nn.functional as F


class Trainer:
    """Minimal fit/evaluate loop with hook calls, in the spirit of the big frameworks."""

    def __init__(self, model, optimizer, train_data, val_data, callbacks=(), max_epochs=2,
                 num_sanity_val_steps=1):
        self.model = model
        self.optimizer = optimizer
        self.train_data = train_data
        self.val_data = val_data
        self.callbacks = list(callbacks)
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    def _call(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def evaluate(self, limit=None):
        self.model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for i, (x, y) in enumerate(self.val_data):
                if limit is not None and i >= limit:
                    break
                total += F.cross_entropy(self.model(x), y).item()
                n += 1
        metrics = {"val_loss": total / max(n, 1)}
        self._call("on_validation_end", metrics)
        return metrics

    def training_step(self, batch):
        x, y = batch
        logits = self.model(x)
        loss = F.cross_entropy(logits, y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def fit(self):
        self._call("on_fit_start")
        if self.num_sanity_val_steps:
            self.evaluate(limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            losses = [self.training_step(b) for b in self.train_data]
            self.history.append(sum(losses) / len(losses))
            self.evaluate()
            self._call("on_epoch_end", epoch)
        self._call("on_fit_end")
        return self.history
