# expect: crash
"""Power-grid load forecasting with a curriculum by loss percentile; `train()` is called at the
top of the epoch, before the scoring pass that switches to eval."""
import torch
import torch.nn as nn


class LoadLSTM(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def score_windows(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x) - y).pow(2)


def main():
    torch.manual_seed(5)
    model = LoadLSTM()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(16, 8, 3), torch.randn(16)
    for epoch, pct in enumerate([0.5, 1.0]):
        model.train()
        scores = score_windows(model, x, y)
        keep = scores <= torch.quantile(scores, pct)
        for xb, yb in zip(x[keep].split(4), y[keep].split(4)):
            loss = (model(xb) - yb).pow(2).mean()
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(epoch, int(keep.sum()))


if __name__ == "__main__":
    main()
