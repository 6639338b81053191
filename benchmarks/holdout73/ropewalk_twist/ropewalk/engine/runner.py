import torch
from torch.nn import functional as F


class Runner:
    HOOKS = ("on_fit_start", "on_epoch_start", "on_batch_end", "on_epoch_end")

    def __init__(self, model, callbacks=(), lr=1e-2):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.RMSprop(model.parameters(), lr=lr)
        self.state = {"epoch": 0, "loss": None}

    def _emit(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def run(self, batches, epochs=2):
        self._emit("on_fit_start")
        for epoch in range(epochs):
            self.state["epoch"] = epoch
            self._emit("on_epoch_start")
            for x, y in batches:
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
                self.state["loss"] = loss.item()
                self._emit("on_batch_end")
            self._emit("on_epoch_end")
        return self.state
