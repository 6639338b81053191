# expect: clean
"""Pipe-band snare corps: score the unison of a drum corps' rolls from stick-height
traces.  Every step, before back-propagating, the trainer flips to eval mode to log a
dropout-free prediction on a fixed "reference roll" for the bandmaster's dashboard,
then goes back to train mode for the next step.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("snare")


class UnisonScorer(nn.Module):
    def __init__(self, drummers=4, hidden=12):
        super().__init__()
        self.gru = nn.GRU(drummers, hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.score = nn.Linear(hidden, 1)

    def forward(self, sticks):
        h, _ = self.gru(sticks)
        return torch.sigmoid(self.score(self.drop(h[:, -1]))).squeeze(-1)


def rolls(n, seed, batch=5, length=16, drummers=4):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        base = torch.sin(torch.linspace(0, 12, length)).expand(batch, drummers, length)
        jitter = torch.rand(batch, 1, 1, generator=g)
        x = (base + jitter * torch.randn(batch, drummers, length, generator=g)).transpose(1, 2)
        out.append((x, 1.0 - jitter.view(-1)))
    return out


def main():
    torch.manual_seed(14)
    model = UnisonScorer()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    reference = rolls(1, seed=99, batch=1)[0][0]
    for step, (sticks, unison) in enumerate(rolls(5, seed=0)):
        model.train()
        pred = model(sticks)
        loss = F.binary_cross_entropy(pred, unison)

        model.eval()
        with torch.no_grad():
            ref_score = model(reference).item()
        log.info("step %d: loss %.4f, reference roll scores %.3f", step, loss.item(), ref_score)

        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
