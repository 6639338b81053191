# expect: clean
"""typer-style entry point (options parsed into a config object). The `adapt` command freezes BatchNorm-like
statistics by calling `model.eval()` and then re-enables training mode on the recurrent block only with
`model.body.rnn.train()` before any forward; the cuDNN flag is read from the RNN module itself."""
import argparse
import torch
import torch.nn as nn


class Body(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(5)
        self.rnn = nn.GRU(5, 9, batch_first=True)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = Body()
        self.tail = nn.Linear(9, 1)

    def forward(self, x):
        return self.tail(self.body(x)[:, -1])


def adapt(steps: int = 3, lr: float = 1e-3):
    model = Model()
    model.eval()
    model.body.rnn.train()
    opt = torch.optim.Adam(model.parameters(), lr)
    for _ in range(steps):
        loss = model(torch.randn(4, 6, 5)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def app(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--lr", type=float, default=1e-3)
    adapt(**vars(p.parse_args(argv)))


if __name__ == "__main__":
    app([])
    print("done")
