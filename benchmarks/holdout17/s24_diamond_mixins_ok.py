# expect: clean
"""Trainer assembled from mixins with cooperative super(); one mixin breaks the chain."""
import torch
import torch.nn as nn

torch.manual_seed(14)


class Base:
    def on_epoch_start(self):
        pass

    def on_epoch_end(self):
        pass


class TrainModeMixin(Base):
    def on_epoch_start(self):
        self.model.train()
        super().on_epoch_start()


class LoggingMixin(Base):
    def on_epoch_start(self):
        print("epoch", self.epoch)
        super().on_epoch_start()

    def on_epoch_end(self):
        print("loss", round(self.last, 4))
        super().on_epoch_end()


class EvalMixin(Base):
    def on_epoch_end(self):
        self.model.eval()
        with torch.no_grad():
            self.model(torch.randn(2, 4, 3))
        super().on_epoch_end()


class Trainer(LoggingMixin, TrainModeMixin, EvalMixin):
    def __init__(self):
        self.model = nn.LSTM(3, 3, batch_first=True)
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.1)
        self.epoch, self.last = 0, 0.0

    def fit(self, epochs):
        for self.epoch in range(epochs):
            self.on_epoch_start()
            out, _ = self.model(torch.randn(4, 5, 3))
            loss = out.abs().mean()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            self.last = loss.item()
            self.on_epoch_end()


Trainer().fit(3)
print("done")
