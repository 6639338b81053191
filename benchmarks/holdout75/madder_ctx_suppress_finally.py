# expect: clean
"""Madder root dye-strength regression: a preview under an eval context manager."""
import contextlib

import torch
from torch import nn

torch.manual_seed(0)


class DyeNet(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        return self.out(h[:, -1])


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    try:
        yield model
    finally:
        model.train()


class PreviewRejected(ValueError):
    pass


def preview(model, x):
    with evaluating(model):
        with torch.no_grad():
            score = model(x).mean().item()
        if score < 10.0:
            raise PreviewRejected(f"preview score {score:.3f} below threshold")
    return score


def main():
    model = DyeNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(4, 6, 5)
    y = torch.randn(4, 1)
    with contextlib.suppress(PreviewRejected):
        preview(model, x)
    for step in range(3):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print("done", loss.item())


if __name__ == "__main__":
    main()
