# expect: crash
"""Huckster stall: forecast tomorrow's price of a barrow of goods from a week of sales."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class PriceNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


def validation_scores(model, xb, yb):
    """Gradient-based pruning scores |w * dL/dw| computed on a validation batch."""
    model.eval()
    loss = nn.functional.mse_loss(model(xb), yb)
    model.zero_grad()
    loss.backward()  # TM001-here
    return {n: (p * p.grad).abs().sum().item() for n, p in model.named_parameters()}


def main():
    model = PriceNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(6, 7, 3)
    y = torch.randn(6, 1)
    for _ in range(3):
        model.train()
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    scores = validation_scores(model, torch.randn(4, 7, 3), torch.randn(4, 1))
    print(sorted(scores, key=scores.get)[:2])


if __name__ == "__main__":
    main()
