import torch
import torch.nn.functional as F

from .model import StrikeLSTM


class ForgeTrainer:
    def __init__(self, callbacks=(), lr=1e-2):
        self.model = StrikeLSTM()
        self.opt = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.callbacks = list(callbacks)
        self.logs = []

    def call(self, hook, **kw):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, **kw)

    def fit(self, batches, epochs=1):
        self.call("on_fit_start")
        for epoch in range(epochs):
            self.model.train()
            self.call("on_epoch_start", epoch=epoch)
            for x, y in batches:
                loss = F.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            self.logs.append({"epoch": epoch, "loss": round(loss.item(), 4)})
            self.call("on_epoch_end", epoch=epoch)
        self.call("on_fit_end")
