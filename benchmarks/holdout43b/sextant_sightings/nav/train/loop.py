import torch
import torch.nn.functional as F


def sightings(n=4, t=6, f=4):
    x = torch.randn(n, t, f)
    y = x[:, :, 0].mean(1) - 0.2 * x[:, :, 2].sum(1)
    return x, y


class Loop:
    def __init__(self, model, callbacks=()):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def _emit(self, hook, **kw):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, **kw)

    def run(self, epochs, steps):
        for epoch in range(epochs):
            self.model.train()
            total = 0.0
            for _ in range(steps):
                x, y = sightings()
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                total += loss.item()
            self._emit("on_epoch_end", epoch=epoch, loss=total / steps)
