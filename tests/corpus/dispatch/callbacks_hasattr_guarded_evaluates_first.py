# expect: crash
"""As callbacks_hasattr_guarded_trains_each_epoch, but the callbacks' hooks are the other way round: the
early-stopping callback evaluates when an epoch begins and the other trains when it ends, so each epoch's backward
runs after an eval() with nothing training in between."""
import torch
from torch import nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


class EarlyStopping:
    def __init__(self, val_x, val_y):
        self.val_x, self.val_y, self.best = val_x, val_y, float("inf")

    def epoch_begin(self, trainer):
        trainer.net.eval()
        with torch.no_grad():
            score = (trainer.net(self.val_x) - self.val_y).pow(2).mean().item()
        self.best = min(self.best, score)


class WarmRestart:
    def epoch_end(self, trainer):
        trainer.net.train()


class Trainer:
    def __init__(self, net, callbacks):
        self.net = net
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(net.parameters(), lr=1e-3)

    def _call(self, event):
        for cb in self.callbacks:
            if hasattr(cb, event):
                getattr(cb, event)(self)

    def fit(self, batches, epochs=3):
        for _ in range(epochs):
            self._call("epoch_begin")
            for x, y in batches:
                self.opt.zero_grad()
                loss = (self.net(x) - y).pow(2).mean()
                loss.backward()  # TM001-here
                self.opt.step()
            self._call("epoch_end")


batches = [(torch.randn(3, 6, 4), torch.randn(3)) for _ in range(2)]
Trainer(Scorer(), [EarlyStopping(torch.randn(3, 6, 4), torch.randn(3)), WarmRestart()]).fit(batches)
print("done")
