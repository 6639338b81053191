import torch
from torch import nn


class PressTrainer:
    def __init__(self, model, callbacks=(), lr=1e-2):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.state = {"epoch": 0, "losses": [], "saliency": []}

    def _emit(self, event):
        for cb in self.callbacks:
            handler = getattr(cb, event, None)
            if handler is not None:
                handler(self)

    def fit(self, data, epochs=1, bs=4):
        x, y = data
        self._emit("on_fit_start")
        for epoch in range(epochs):
            self.state["epoch"] = epoch
            for i in range(0, x.shape[0], bs):
                loss = nn.functional.mse_loss(self.model(x[i:i + bs]), y[i:i + bs])
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.state["losses"].append(loss.item())
            self._emit("on_epoch_end")
        return self.state
