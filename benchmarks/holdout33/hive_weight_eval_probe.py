# expect: crash
"""Beekeeping: forecast tomorrow's hive weight from a week of scale readings.

A validation probe computes gradient*input relevance per sensor channel on the
held-out batch, to log which channel the forecaster leans on.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)

CHANNELS = ["weight", "temp_in", "temp_out", "humidity"]


class HiveForecaster(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def make_batch(n=6, days=7):
    x = torch.randn(n, days, len(CHANNELS))
    y = x[:, -1, :1] * 0.9 + 0.1 * torch.randn(n, 1)
    return x, y


def relevance(model, x):
    x = x.clone().requires_grad_(True)
    pred = model(x).sum()
    pred.backward()  # TM001-here
    return (x.grad * x).abs().mean(dim=(0, 1))


def main():
    model = HiveForecaster()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(3):
        model.train()
        x, y = make_batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

        model.eval()
        vx, vy = make_batch()
        with torch.no_grad():
            vloss = nn.functional.mse_loss(model(vx), vy).item()
        rel = relevance(model, vx)
        top = CHANNELS[int(rel.argmax())]
        print(f"epoch {epoch} train {loss.item():.3f} val {vloss:.3f} top channel {top}")
        model.zero_grad()


if __name__ == "__main__":
    main()
