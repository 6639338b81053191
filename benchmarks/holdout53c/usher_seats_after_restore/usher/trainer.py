import torch
from torch import nn

HOOKS = ("on_fit_start", "on_epoch_end", "on_validation_end", "on_fit_end")


class SeatTrainer:
    def __init__(self, model, callbacks=(), epochs=1, batch_size=4, lr=1e-2):
        self.model = model
        self.callbacks = list(callbacks)
        self.epochs = epochs
        self.batch_size = batch_size
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.logs = {}

    def _fire(self, hook, **kwargs):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if callable(fn):
                fn(self, **kwargs)

    def fit(self, train, val):
        self._fire("on_fit_start")
        x, y = train
        for epoch in range(self.epochs):
            self.model.train()
            total = 0.0
            for i in range(0, len(x), self.batch_size):
                self.opt.zero_grad()
                loss = nn.functional.cross_entropy(self.model(x[i:i + self.batch_size]), y[i:i + self.batch_size])
                loss.backward()
                self.opt.step()
                total += loss.item()
            self.logs["train_loss"] = total
            self._fire("on_epoch_end", epoch=epoch)
            self.validate(val)
        self._fire("on_fit_end")

    def validate(self, val):
        x, y = val
        self.model.eval()
        with torch.no_grad():
            acc = (self.model(x).argmax(-1) == y).float().mean().item()
        self.logs["val_acc"] = acc
        self.model.train()
        self._fire("on_validation_end", metrics={"val_acc": acc})
