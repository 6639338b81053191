# expect: clean
"""Candle dippers: wax-thickness model; torch.func gradient scores computed with cuDNN switched off."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class DipNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(-1)


def saliency_scores(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_fn(p, xb, yb):
        pred = functional_call(model, p, (xb,))
        return ((pred - yb) ** 2).mean()

    with torch.backends.cudnn.flags(enabled=False):
        g = grad(loss_fn)(params, x, y)
    return {k: (v * params[k]).abs().sum().item() for k, v in g.items()}


def main():
    torch.manual_seed(3)
    model = DipNet()
    model.eval()
    x, y = torch.randn(4, 5, 2), torch.randn(4)
    scores = saliency_scores(model, x, y)
    for k, s in scores.items():
        print(f"{k:20s} {s:.4f}")


if __name__ == "__main__":
    main()
