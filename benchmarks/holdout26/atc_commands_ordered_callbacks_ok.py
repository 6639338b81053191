# expect: clean
"""ATC speech commands: a small learner whose callbacks run in order of their `order` attribute."""
import torch
import torch.nn as nn

torch.manual_seed(9)


class Callback:
    order = 0

    def before_batch(self, learn):
        pass

    def after_epoch(self, learn):
        pass


class TrainModeCB(Callback):
    order = 50  # runs after every mode-changing callback

    def before_batch(self, learn):
        learn.model.train()


class FreezeStatsCB(Callback):
    """Keeps dropout off while the vocabulary of call signs is being fitted."""
    order = 10

    def before_batch(self, learn):
        if learn.epoch < 1:
            learn.model.eval()


class PrintCB(Callback):
    order = 99

    def after_epoch(self, learn):
        print("epoch", learn.epoch, "loss", round(learn.loss, 4))


class Learner:
    def __init__(self, model, data, cbs):
        self.model, self.data = model, data
        self.cbs = sorted(cbs, key=lambda c: c.order)
        self.opt = torch.optim.Adam(model.parameters(), 1e-3)

    def _cb(self, name):
        for cb in self.cbs:
            getattr(cb, name)(self)

    def fit(self, epochs):
        for self.epoch in range(epochs):
            for x, y in self.data:
                self._cb("before_batch")
                loss = nn.functional.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.loss = loss.item()
            self._cb("after_epoch")


class CommandNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(13, 16, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(16, 5)

    def forward(self, mfcc):
        return self.fc(self.drop(self.gru(mfcc)[1][-1]))


if __name__ == "__main__":
    data = [(torch.randn(4, 15, 13), torch.randint(0, 5, (4,))) for _ in range(2)]
    Learner(CommandNet(), data, [PrintCB(), FreezeStatsCB(), TrainModeCB()]).fit(2)
