# expect: clean
"""Shepherds' crook carving: predict split risk from a carving pass of a hazel shank.

The GRU model is trained on the fit loss only. The gradient of the risk with
respect to the tool pressure is taken with create_graph=True (left over from a
penalty experiment) but it is only logged, never differentiated again.
"""
import torch
import torch.nn as nn


class SplitRisk(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, passes):
        h, _ = self.gru(passes)
        return torch.sigmoid(self.out(h[:, -1])).squeeze(-1)


def carving_batch(batch=5, steps=7):
    x = torch.rand(batch, steps, 3)
    y = (x[..., 1].max(dim=1).values > 0.8).float()
    return x, y


def pressure_sensitivity(model, x):
    x = x.clone().requires_grad_(True)
    risk = model(x).sum()
    (g,) = torch.autograd.grad(risk, x, create_graph=True)
    return g[..., 1].abs().mean()


def main():
    torch.manual_seed(2)
    model = SplitRisk()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    log = []
    for step in range(5):
        x, y = carving_batch()
        loss = nn.functional.binary_cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sens = pressure_sensitivity(model, x)
        log.append((loss.item(), sens.item()))
    for i, (l, s) in enumerate(log):
        print(f"pass {i}: bce {l:.4f} pressure sensitivity {s:.5f}")


if __name__ == "__main__":
    main()
