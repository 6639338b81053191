import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, callbacks=()):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.state = {"epoch": 0, "relevance": [], "last_batch": None}

    def _fire(self, hook):
        for cb in self.callbacks:
            getattr(cb, hook, lambda trainer: None)(self)

    def fit(self, data, epochs=1):
        for epoch in range(epochs):
            self.state["epoch"] = epoch
            self.model.train()
            for x, y in data:
                loss = F.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.state["loss"] = loss.item()
                self.state["last_batch"] = (x, y)
            self._fire("on_epoch_end")
