# expect: clean
"""Dry-stone wall collapse risk from tilt-meter and rainfall sequences.

After training, a report explains each estate's model with input-gradient
saliency. Reports are produced in a deterministic context (cuDNN off, fixed
seed) so that they can be diffed between runs.
"""
import contextlib

import torch
import torch.nn as nn

torch.manual_seed(22)
FEATS, HIDDEN, WEEKS, B = 3, 8, 10, 4
ESTATES = ("north_fell", "low_pasture")


class WallRisk(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEATS, HIDDEN, batch_first=True)
        self.risk = nn.Linear(HIDDEN, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.risk(h[:, -1]).squeeze(-1)


def surveys(n=B):
    x = torch.randn(n, WEEKS, FEATS)
    return x, (x[..., 0].cumsum(1)[:, -1] > 0.5).float()


@contextlib.contextmanager
def deterministic(seed=0):
    state = torch.random.get_rng_state()
    torch.manual_seed(seed)
    try:
        with torch.backends.cudnn.flags(enabled=False, deterministic=True):
            yield
    finally:
        torch.random.set_rng_state(state)


def train_all(models, steps=3):
    for name, bundle in models.items():
        bundle["net"].train()
        for _ in range(steps):
            x, y = surveys()
            loss = nn.functional.binary_cross_entropy_with_logits(bundle["net"](x), y)
            bundle["opt"].zero_grad()
            loss.backward()
            bundle["opt"].step()
        bundle["loss"] = loss.item()


def week_saliency(net, x):
    x = x.clone().requires_grad_(True)
    net(x).sum().backward()
    return x.grad.abs().sum(-1).mean(0)


def report(models):
    lines = []
    with deterministic():
        x, _ = surveys()
        for name, bundle in models.items():
            bundle["net"].eval()
            sal = week_saliency(bundle["net"], x)
            lines.append(f"{name}: loss={bundle['loss']:.3f} peak_week={int(sal.argmax())}")
    return lines


def main():
    models = {}
    for name in ESTATES:
        net = WallRisk()
        models[name] = {"net": net, "opt": torch.optim.Adam(net.parameters(), lr=1e-2)}
    train_all(models)
    print("\n".join(report(models)))


if __name__ == "__main__":
    main()
