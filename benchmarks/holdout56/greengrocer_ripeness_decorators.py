# expect: crash
"""Greengrocer banana-ripeness forecasting from daily colour readings.

Report functions are wrapped by a decorator that switches the model to inference mode.
The trainer calls hooks by name so the order of events is decided at run time.
"""
import functools
import torch
import torch.nn as nn

torch.manual_seed(8)
MODEL = None


def inference_mode_model(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        MODEL.eval()
        return fn(*args, **kwargs)
    return wrapper


class RipenessRNN(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)


class Hooks:
    @inference_mode_model
    def before_epoch(self, epoch, batch):
        with torch.no_grad():
            print("epoch", epoch, "mean forecast", MODEL(batch[0]).mean().item())

    def after_epoch(self, epoch, loss):
        print("epoch", epoch, "loss", round(loss, 4))


def run(hooks, batches, epochs=2):
    opt = torch.optim.RMSprop(MODEL.parameters(), lr=1e-2)
    MODEL.train()
    for epoch in range(epochs):
        getattr(hooks, "before_epoch")(epoch, batches[0])
        for x, y in batches:
            loss = (MODEL(x) - y).abs().mean()
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        getattr(hooks, "after_epoch")(epoch, loss.item())


if __name__ == "__main__":
    MODEL = RipenessRNN()
    data = [(torch.rand(5, 7, 3), torch.rand(5, 7)) for _ in range(3)]
    run(Hooks(), data)
