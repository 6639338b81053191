# expect: crash
"""Pargeter (ornamental plaster) cure-crack model.

Stage 1 trains with dropout; stage 2 fine-tunes deterministically, so every
stochastic module is switched off with model.apply().
"""
import logging

import torch
from torch import nn

log = logging.getLogger("pargeter")
STOCHASTIC = (nn.Dropout, nn.LSTM)


class CrackNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_feat, hidden), nn.Tanh(), nn.Dropout(0.2))
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.3, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.head(self.drop(h[:, -1]))


def deterministic(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def stage(model, batches, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(7)
    batches = [(torch.randn(6, 5, 4), torch.randint(0, 2, (6,))) for _ in range(3)]
    model = CrackNet()
    log.info("stage1 %.3f", stage(model, batches, 1e-2))
    model.apply(deterministic)
    log.info("stage2 %.3f", stage(model, batches, 1e-3))
    print("ok")


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    main()
