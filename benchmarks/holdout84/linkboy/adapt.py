# expect: crash
"""Adapt an exported linkboy model to a new district."""
import tempfile

import torch

from linkboy.export import train_and_export
from linkboy.net import TorchPathNet  # noqa: F401  (needed to unpickle)


def load_model(path):
    return torch.load(path, weights_only=False)


def adapt(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(steps):
        x, y = torch.randn(4, 5, 3), torch.rand(4, 1)
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(9)
    with tempfile.TemporaryDirectory() as d:
        path, score = train_and_export(d)
        model = load_model(path)
    print("exported score", round(score, 4), "adapted", round(adapt(model), 4))
