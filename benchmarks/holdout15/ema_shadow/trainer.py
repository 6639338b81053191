import torch.nn.functional as F


class Trainer:
    def __init__(self, model, optimizer, callbacks=()):
        self.model = model
        self.optimizer = optimizer
        self.callbacks = list(callbacks)
        self.last_batch = None

    def _fire(self, event, **kw):
        for cb in self.callbacks:
            getattr(cb, event, lambda *a, **k: None)(self, **kw)

    def step(self, batch):
        x, y = batch
        loss = F.cross_entropy(self.model(x).flatten(0, 1), y.flatten())
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss

    def fit(self, batches, epochs, after_step=None):
        for epoch in range(epochs):
            for batch in batches:
                self.step(batch)
                self.last_batch = batch
                if after_step is not None:
                    after_step()
            self._fire("on_epoch_end", epoch=epoch)
