import torch
from torch.nn import functional as F


class KilnTrainer:
    def __init__(self, model, lr=5e-3, callbacks=None):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = sorted(callbacks or [], key=lambda c: c.order)
        self.global_step = 0
        self.epoch = 0
        self.batches_per_epoch = 0

    def _emit(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def fit(self, batches, epochs=2):
        self.batches_per_epoch = len(batches)
        self.model.train()
        self._emit("on_train_begin")
        for self.epoch in range(epochs):
            for batch in batches:
                x, y = batch
                loss = F.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.global_step += 1
                self._emit("on_batch_end", batch, loss.item())
            self._emit("on_epoch_end")
