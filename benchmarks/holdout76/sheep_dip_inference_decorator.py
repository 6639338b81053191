# expect: crash
"""Sheep-dip concentration control: a recurrent model reads the dip-tank
sensor trace and predicts the strength after the next flock. The service
object reaches the network through a property; a decorator puts it in
inference mode for monitoring calls and is meant to restore the mode."""
import functools

import torch
from torch import nn

torch.manual_seed(13)


class TankNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class _Holder:
    def __init__(self, net):
        self.net = net


def inference(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        prev = self.model.training
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.model.train(prev)
    return wrapper


class DipService:
    def __init__(self, net, lr=1e-2):
        self._holder = _Holder(net)
        self.opt = torch.optim.Adam(net.parameters(), lr=lr)

    @property
    def model(self):
        return self._holder.net

    @inference
    def monitor(self, trace):
        return self.model(trace).mean().item()

    def update(self, trace, target):
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(trace), target)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def main():
    svc = DipService(TankNet())
    svc.model.train()
    for flock in range(3):
        trace = torch.randn(4, 6, 3)
        target = trace[..., 0].mean(1)
        print("flock", flock, "level", round(svc.monitor(trace), 4), "loss", round(svc.update(trace, target), 4))


if __name__ == "__main__":
    main()
