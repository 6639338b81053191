# expect: crash
"""Dry-stone wall bulge monitoring: LSTM over inclinometer readings. Epoch hooks are kept in a heapq and popped
in priority order (lower first)."""
import heapq

import torch
from torch import nn

torch.manual_seed(33)


class BulgeLSTM(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2, batch_first=True)
        self.mm = nn.Linear(hidden, 1)

    def forward(self, tilt):
        return self.mm(self.lstm(tilt)[0][:, -1])


class Waller:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.hooks = []
        self.log = []
        self._n = 0

    def add_hook(self, priority, fn):
        heapq.heappush(self.hooks, (priority, self._n, fn))
        self._n += 1

    def run_hooks(self):
        for _, _, fn in sorted(self.hooks):
            fn(self)

    def fit(self, epochs=2, steps=2):
        for _ in range(epochs):
            self.run_hooks()
            for _ in range(steps):
                tilt = torch.randn(4, 6, 2)
                bulge = tilt[:, :, 1].cumsum(1)[:, -1:]
                loss = nn.functional.mse_loss(self.model(tilt), bulge)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            self.log.append(loss.item())


def to_train(w):
    w.model.train()


def probe_val(w):
    w.model.eval()
    with torch.no_grad():
        tilt = torch.randn(6, 6, 2)
        w.log.append(("val", nn.functional.mse_loss(w.model(tilt), tilt[:, :, 1].sum(1, keepdim=True)).item()))


if __name__ == "__main__":
    w = Waller(BulgeLSTM())
    w.add_hook(10, to_train)
    w.add_hook(20, probe_val)
    w.fit()
    print(w.log)
