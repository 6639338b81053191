# expect: clean
"""Horners' comb blanks: a tooth-spacing classifier is probed after evaluation for how
much its output layer would move on a hard batch (a last-layer sensitivity check)."""
import torch
from torch import nn


class CombNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.embed = nn.Linear(2, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.embed(x)))
        return self.head(h[:, -1])


def blanks(n=6, t=7):
    x = torch.randn(n, t, 2)
    return x, (x[:, :, 0].std(1) > 1).long()


def train(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(steps):
        x, y = blanks()
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def head_sensitivity(model, batch):
    """Gradient of the loss w.r.t. the output layer's weight only."""
    x, y = batch
    loss = nn.functional.cross_entropy(model(x), y)
    (g,) = torch.autograd.grad(loss, [model.head.weight])
    return g.norm().item()


def main():
    torch.manual_seed(46)
    model = CombNet()
    train(model)
    model.eval()
    with torch.no_grad():
        x, y = blanks()
        print("val acc", (model(x).argmax(-1) == y).float().mean().item())
    print("head sensitivity", round(head_sensitivity(model, blanks()), 4))


if __name__ == "__main__":
    main()
