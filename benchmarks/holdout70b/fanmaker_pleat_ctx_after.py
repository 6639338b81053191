# expect: clean
"""Folding-fan pleat tension: a context manager class freezes the model while the probe runs."""
import torch
import torch.nn as nn


class PleatNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Linear(2, 8)
        self.rnn = nn.RNN(8, 8, num_layers=2, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        y, _ = self.rnn(self.emb(x))
        return self.head(y).squeeze(-1)


class Inspecting:
    """Puts the model in eval on entry, restores the previous mode on exit."""

    def __init__(self, model):
        self.model = model
        self.prev = None

    def __enter__(self):
        self.prev = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.prev)
        return False


def tension_probe(model, x):
    x = x.clone().requires_grad_(True)
    with Inspecting(model) as m:
        ref = m(x).detach()
    # gradient taken after the manager restored training mode
    y = (model(x) - ref).pow(2).sum() + model(x).sum()
    (gx,) = torch.autograd.grad(y, x)
    return gx.norm().item()


def main():
    torch.manual_seed(2)
    model = PleatNet()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    for step in range(3):
        x, y = torch.randn(3, 9, 2), torch.randn(3, 9)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
        print(step, loss.item(), tension_probe(model, x))


if __name__ == "__main__":
    main()
