# expect: clean
"""A module-level stage table read inside the runner: the calibration stage evaluates, and the refit row
after it names train again."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.out(out[:, -1])


STAGES = [
    {"name": "warmup", "mode": "train"},
    {"name": "calibrate", "mode": "eval"},
    {"name": "refit", "mode": "train"},
]


def run(model, batches):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for stage in STAGES:
        if "mode" in stage:
            getattr(model, stage["mode"])()
        for x, y in batches:
            if stage["name"] == "calibrate":
                with torch.no_grad():
                    model(x)
                continue
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()


if __name__ == "__main__":
    data = [(torch.randn(2, 4, 3), torch.randn(2, 1)) for _ in range(2)]
    run(Forecaster(), data)
