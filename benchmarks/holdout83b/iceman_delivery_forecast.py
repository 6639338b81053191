# expect: crash
"""Ice-block delivery forecasting: a GRU over daily temperatures predicts tomorrow's rounds."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class RoundForecaster(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)

    def predict(self, x):
        self.eval()
        with torch.no_grad():
            return self(x)


def make_batch(n=6, t=7):
    x = torch.randn(n, t, 3)
    y = x[:, :, 0].mean(1) * 2.0 + 0.1 * torch.randn(n)
    return x, y


def fit(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for step in range(steps):
        x, y = make_batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def refresh_on_new_week(model, weeks=3):
    """After each week's forecast, nudge the model with the observed rounds."""
    opt = torch.optim.SGD(model.parameters(), lr=5e-3)
    for week in range(weeks):
        x, y = make_batch()
        forecast = model.predict(x)
        print(f"week {week}: forecast mean {forecast.mean():.3f}")
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    m = RoundForecaster()
    print("fit loss", fit(m))
    refresh_on_new_week(m)
    print("done")
