# expect: clean
"""Gradient*input relevance for a kite-altitude controller.

The controller (LSTM over anemometer readings) is trained briefly, then the
script switches the wrapper out of training before computing per-channel
relevance = grad * input over a probe batch.
"""
import torch
import torch.nn as nn

torch.manual_seed(13)
CHANNELS = ("wind_speed", "gust", "line_angle", "pressure")


class AltitudeController(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(len(CHANNELS), hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.fc(self.drop(y[:, -1])).squeeze(-1)


def fit(model, steps=3):
    opt = torch.optim.RMSprop(model.parameters(), lr=5e-3)
    for _ in range(steps):
        x = torch.randn(6, 9, len(CHANNELS))
        y = x[:, :, 0].mean(1) - 0.5 * x[:, :, 1].mean(1)
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
    return loss.item()


def relevance(model, probe):
    model.training = False  # "freeze" for attribution
    x = probe.clone().requires_grad_(True)
    model(x).sum().backward()
    rel = (x.grad * x).sum(dim=(0, 1))
    return dict(zip(CHANNELS, rel.tolist()))


def main():
    model = AltitudeController()
    print("final loss", fit(model))
    for name, r in relevance(model, torch.randn(3, 9, len(CHANNELS))).items():
        print(f"{name:>11}: {r:+.4f}")


if __name__ == "__main__":
    main()
