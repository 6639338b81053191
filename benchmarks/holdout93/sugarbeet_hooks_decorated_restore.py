# expect: clean
"""Sugar-beet pulp moisture from press traces; callbacks are looked up by event name."""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


def evaluation_hook(fn):
    @functools.wraps(fn)
    def wrapper(self, trainer):
        was_training = trainer.model.training
        trainer.model.eval()
        try:
            with torch.no_grad():
                return fn(self, trainer)
        finally:
            trainer.model.train(was_training)
    return wrapper


class PulpRNN(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(1)


class DriftMonitor:
    def __init__(self, probe):
        self.probe = probe
        self.seen = []

    @evaluation_hook
    def on_epoch_start(self, trainer):
        self.seen.append(trainer.model(self.probe).mean().item())


class LossPrinter:
    def on_epoch_end(self, trainer):
        print("epoch", trainer.epoch, "loss", round(trainer.last_loss, 4))


class Trainer:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.epoch = 0
        self.last_loss = float("nan")

    def fire(self, event):
        for cb in self.callbacks:
            hook = getattr(cb, "on_" + event, None)
            if hook is not None:
                hook(self)

    def fit(self, data, epochs=2):
        self.model.train()
        for self.epoch in range(epochs):
            self.fire("epoch_start")
            for x, y in data:
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.last_loss = loss.item()
            self.fire("epoch_end")


if __name__ == "__main__":
    torch.manual_seed(5)
    data = [(torch.randn(4, 5, 2), torch.randn(4)) for _ in range(3)]
    trainer = Trainer(PulpRNN(), [DriftMonitor(torch.randn(2, 5, 2)), LossPrinter()])
    trainer.fit(data)
