import torch
import torch.nn.functional as F


class Engine:
    HOOKS = ("on_fit_start", "on_batch_end", "on_epoch_end", "on_fit_end")

    def __init__(self, model, lr, callbacks=()):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = list(callbacks)
        self.state = {"step": 0, "loss": None}

    def _fire(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def step(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, data, epochs):
        self.model.train()
        self._fire("on_fit_start")
        for _ in range(epochs):
            for x, y in data:
                self.state["loss"] = self.step(x, y)
                self.state["step"] += 1
                self._fire("on_batch_end")
            self._fire("on_epoch_end")
        self._fire("on_fit_end")
