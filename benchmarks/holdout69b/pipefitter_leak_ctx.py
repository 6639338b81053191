# expect: crash
"""Pipefitter: leak localisation from flow-meter sequences; sensitivity map computed in an inference block."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class InferenceMode:
    """Puts a model in eval on enter and restores its previous mode on exit."""

    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.prev = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.prev)
        return False


class LeakNet(nn.Module):
    def __init__(self, meters=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(meters, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def train(model, x, y, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.binary_cross_entropy_with_logits(model(x), y).backward()
        opt.step()


def localise(model, x):
    with InferenceMode(model) as m:
        probs = torch.sigmoid(m(x))
        xi = x.clone().requires_grad_(True)
        score = torch.sigmoid(m(xi)).sum()
        g, = torch.autograd.grad(score, xi)  # TM001-here
    return probs.detach(), g.abs().sum(1)


def main():
    x = torch.randn(8, 6, 4)
    y = (x[:, :, 2].mean(1) > 0).float()
    model = LeakNet()
    train(model, x, y)
    probs, meter_map = localise(model, x[:3])
    print("leak prob", probs.tolist())
    print("meter sensitivity", meter_map.argmax(1).tolist())


if __name__ == "__main__":
    main()
