# expect: clean
"""A MusicVAE-ish trainer where sampling/metrics helpers are decorated with @evaluating, a home-made decorator that
switches the first argument to eval mode, runs under no_grad, and restores the previous mode in a finally block."""
import functools

import torch
import torch.nn as nn


def evaluating(fn):
    @functools.wraps(fn)
    def wrapper(net, *args, **kwargs):
        was_training = net.training
        net.eval()
        try:
            with torch.no_grad():
                return fn(net, *args, **kwargs)
        finally:
            net.train(was_training)
    return wrapper


class Seq2SeqAE(nn.Module):
    def __init__(self, d=6, h=12):
        super().__init__()
        self.enc = nn.LSTM(d, h, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * h, h)
        self.dec = nn.LSTM(d, h, batch_first=True)
        self.out = nn.Linear(h, d)

    def forward(self, x):
        _, (h, _) = self.enc(x)
        h0 = torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1))).unsqueeze(0)
        y, _ = self.dec(nn.functional.pad(x[:, :-1], (0, 0, 1, 0)), (h0, torch.zeros_like(h0)))
        return self.out(y)


@evaluating
def reconstruction_error(net, x):
    return ((net(x) - x) ** 2).mean().item()


class Trainer:
    def __init__(self, net, lr=1e-3):
        self.net = net
        self.opt = torch.optim.Adam(net.parameters(), lr=lr)
        self.log = []

    def step(self, x):
        loss = ((self.net(x) - x) ** 2).mean()
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, data, epochs):
        self.net.train()
        for epoch in range(epochs):
            for x in data:
                self.log.append(self.step(x))
            print(epoch, "recon", reconstruction_error(self.net, data[0]))


if __name__ == "__main__":
    torch.manual_seed(0)
    Trainer(Seq2SeqAE()).fit([torch.randn(4, 8, 6) for _ in range(2)], epochs=2)
