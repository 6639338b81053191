import torch
import torch.nn.functional as F


class Engine:
    def __init__(self, model, lr, callbacks=()):
        self.model = model
        self.opt = torch.optim.RMSprop(model.parameters(), lr=lr)
        self.callbacks = sorted(callbacks, key=lambda cb: getattr(cb, "order", 0))
        self.state = {"step": 0, "loss": None, "val": None}

    def _fire(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if callable(fn):
                fn(self)

    def step(self, x, y):
        loss = F.binary_cross_entropy_with_logits(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, data, epochs):
        self.model.train()
        for _ in range(epochs):
            for x, y in data:
                self.state["loss"] = self.step(x, y)
                self.state["step"] += 1
                self._fire("on_batch_end")
            self._fire("on_epoch_end")
