# expect: clean
"""Power-grid load forecasting with a curriculum by loss percentile.

Each epoch starts by scoring all windows (eval, no_grad), keeps those below the current
percentile, and switches back to train before the update loop.
"""
import torch
import torch.nn as nn


class LoadGRU(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def per_window_loss(model, x, y):
    return (model(x) - y).pow(2)


def main():
    torch.manual_seed(5)
    model = LoadGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(16, 8, 3), torch.randn(16)
    for epoch, pct in enumerate([0.5, 0.75, 1.0]):
        model.eval()
        with torch.no_grad():
            scores = per_window_loss(model, x, y)
        keep = scores <= torch.quantile(scores, pct)
        model.train()
        for xb, yb in zip(x[keep].split(4), y[keep].split(4)):
            loss = per_window_loss(model, xb, yb).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, int(keep.sum()), loss.item())


if __name__ == "__main__":
    main()
