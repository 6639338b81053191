import torch


class Loop:
    def __init__(self, model, callbacks=()):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.logs = []

    def _fire(self, hook):
        for cb in self.callbacks:
            getattr(cb, hook)(self)

    def fit(self, data, epochs):
        self.model.train()
        for _ in range(epochs):
            self._fire("on_epoch_begin")
            for x, y in data:
                loss = torch.nn.functional.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            self._fire("on_epoch_end")
