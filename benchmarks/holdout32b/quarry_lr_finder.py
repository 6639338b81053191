# expect: crash
"""Quarry blasting vibration: LR range test that restores weights, then fit."""
import copy
import torch
from torch import nn

torch.manual_seed(0)


class BlastNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def make_batch(bs=4, t=6):
    x = torch.randn(bs, t, 3)
    y = x.sum(dim=(1, 2)).unsqueeze(-1) * 0.1
    return x, y


def score(bundle, x, y):
    bundle["model"].eval()
    with torch.no_grad():
        return nn.functional.mse_loss(bundle["model"](x), y).item()


def lr_range_test(bundle, lrs):
    snapshot = copy.deepcopy(bundle["model"].state_dict())
    losses = []
    for lr in lrs:
        for g in bundle["opt"].param_groups:
            g["lr"] = lr
        x, y = make_batch()
        bundle["model"].train()
        loss = nn.functional.mse_loss(bundle["model"](x), y)
        bundle["opt"].zero_grad()
        loss.backward()
        bundle["opt"].step()
        losses.append(score(bundle, x, y))
    bundle["model"].load_state_dict(snapshot)
    best = lrs[min(range(len(lrs)), key=losses.__getitem__)]
    return best


def fit(bundle, lr, steps=5):
    for g in bundle["opt"].param_groups:
        g["lr"] = lr
    for _ in range(steps):
        x, y = make_batch()
        loss = nn.functional.mse_loss(bundle["model"](x), y)
        bundle["opt"].zero_grad()
        loss.backward()  # TM001-here
        bundle["opt"].step()
    return loss.item()


def main():
    model = BlastNet()
    bundle = {"model": model, "opt": torch.optim.SGD(model.parameters(), lr=1e-3)}
    best = lr_range_test(bundle, [1e-4, 1e-3, 1e-2])
    print("best lr", best)
    print("final", fit(bundle, best))


if __name__ == "__main__":
    main()
