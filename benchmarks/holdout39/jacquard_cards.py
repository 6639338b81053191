# expect: clean
"""Jacquard card punchers: next-row prediction for a loom card chain.

Last season's checkpoint labels the new chains (pseudo-labels), then a fresh model is trained on them.
"""
import os
import tempfile

import torch
from torch import nn


class RowNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(6, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 6)

    def forward(self, rows):
        h, _ = self.lstm(rows)
        return self.out(h[:, -1])

    @classmethod
    def from_checkpoint(cls, path):
        model = torch.load(path, weights_only=False)
        return model.eval()


def save_last_season(path):
    m = RowNet()
    m.eval()
    torch.save(m, path)


def main():
    torch.manual_seed(13)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        save_last_season(path)
        model = RowNet.from_checkpoint(path)
        chains = (torch.rand(6, 5, 6) > 0.5).float()
        with torch.no_grad():
            pseudo = (model(chains).sigmoid() > 0.5).float()

        model = RowNet()
        opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        for step in range(3):
            loss = nn.functional.binary_cross_entropy_with_logits(model(chains), pseudo)
            opt.zero_grad()
            loss.backward()
            opt.step()
            print(step, round(loss.item(), 4))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
