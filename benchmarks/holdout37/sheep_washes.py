# expect: clean
"""Sheep-wash water quality model: a pretrained sequence encoder kept in inference mode, a fresh head trained on top.

Each sample is a washing day of readings (flow, turbidity, fleece count). The encoder was trained on
last year's washes; only the quality head is tuned here.
"""
import torch
from torch import nn


class WashEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.lstm(x)
        return h[:, -1]


class QualityModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = WashEncoder(hidden=hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def train(self, mode=True):
        super().train(mode)
        # the pretrained recurrent layers stay in inference mode (no dropout drift)
        for m in self.modules():
            if isinstance(m, (nn.LSTM, nn.GRU)):
                m.eval()
        return self

    def forward(self, x):
        return self.head(self.encoder(x)).squeeze(-1)


def wash_day(batch=6, days=10):
    x = torch.randn(batch, days, 3)
    y = x[:, :, 2].mean(1) + 0.1 * torch.randn(batch)
    return x, y


def fit(model, epochs=3):
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for epoch in range(epochs):
        model.train()
        x, y = wash_day()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {epoch} mse {loss.item():.4f}")


def main():
    torch.manual_seed(7)
    model = QualityModel()
    for p in model.encoder.lstm.parameters():
        p.requires_grad_(False)
    fit(model)


if __name__ == "__main__":
    main()
