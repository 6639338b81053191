# expect: clean
"""Bell-buoy ringing rate: predict strikes per minute of a wave-actuated bell buoy
from wave-height and period spectra. After-step hooks are kept in a heap keyed by
priority (lower runs first); periodic validation is one of them.
"""
import heapq
import itertools

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(109)


class BuoyGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return F.softplus(self.out(h.mean(1))).squeeze(-1)


def sea_state(b=6, t=10):
    hs = torch.rand(b, t, 1) * 3
    tp = 4 + 6 * torch.rand(b, t, 1)
    rate = (hs[..., 0] / tp[..., 0]).mean(1) * 20
    return torch.cat([hs / 3, (tp - 4) / 6], -1), rate


class HookedLoop:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=5e-3)
        self._hooks = []
        self._tie = itertools.count()
        self.step = 0
        self.log = []

    def add_hook(self, priority, fn):
        heapq.heappush(self._hooks, (priority, next(self._tie), fn))

    def _run_hooks(self):
        for _, _, fn in sorted(self._hooks):
            fn(self)

    def run(self, steps):
        self.model.train()
        for self.step in range(steps):
            x, y = sea_state()
            loss = F.poisson_nll_loss(self.model(x), y, log_input=False)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            self._run_hooks()


def validate_every(n):
    def hook(loop):
        if loop.step % n:
            return
        loop.model.eval()
        x, y = sea_state(b=8)
        with torch.no_grad():
            loop.log.append(F.l1_loss(loop.model(x), y).item())
        print(f"step {loop.step}: val l1 {loop.log[-1]:.3f}")
    return hook


def back_to_training(loop):
    loop.model.train()


if __name__ == "__main__":
    loop = HookedLoop(BuoyGRU())
    loop.add_hook(90, back_to_training)
    loop.add_hook(10, validate_every(2))
    loop.run(6)
