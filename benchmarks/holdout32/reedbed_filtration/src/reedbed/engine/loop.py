import torch

from .step import compute_loss, apply_update


class Trainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = []
        self.state = {"epoch": 0, "step": 0, "last_loss": None}

    def add_callback(self, cb):
        self.callbacks.append(cb)
        return self

    def _emit(self, event):
        for cb in self.callbacks:
            hook = getattr(cb, event, None)
            if hook is not None:
                hook(self)

    def fit(self, loader, epochs=1):
        self._emit("on_fit_start")
        for epoch in range(epochs):
            self.state["epoch"] = epoch
            self.model.train()
            for batch in loader:
                loss = compute_loss(self.model, batch)
                apply_update(self.optimizer, loss)
                self.state["step"] += 1
                self.state["last_loss"] = loss.item()
                self._emit("on_batch_end")
            self._emit("on_epoch_end")
        self._emit("on_fit_end")
