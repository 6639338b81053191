import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model, callbacks=(), lr=1e-2):
        self.model = model
        self.callbacks = sorted(callbacks, key=lambda cb: cb.priority)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.step = 0
        self.log = []

    def _emit(self, event):
        for cb in self.callbacks:
            getattr(cb, event)(self)

    def fit(self, batches, epochs=1):
        crit = nn.CrossEntropyLoss()
        for _ in range(epochs):
            for typed, gold in batches:
                self._emit("on_batch_start")
                logits = self.model(typed)
                loss = crit(logits.flatten(0, 1), gold.flatten())
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.step += 1
