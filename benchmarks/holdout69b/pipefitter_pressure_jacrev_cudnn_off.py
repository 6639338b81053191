# expect: clean
"""Pipefitter: pressure-drop forecaster; sensitivity of the forecast to each sensor via torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(1)

SENSORS = 5
HORIZON = 3


class PressureGRU(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(SENSORS, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, HORIZON)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


def fit(model, xs, ys, steps=6):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xs), ys)
        loss.backward()
        opt.step()
    return loss.item()


def sensor_sensitivity(model, window):
    def f(w):
        return model(w.unsqueeze(0)).squeeze(0)

    with torch.backends.cudnn.flags(enabled=False):
        jac = jacrev(f)(window)
    return jac.abs().mean(dim=(0, 1))


def main():
    model = PressureGRU()
    xs, ys = torch.randn(8, 7, SENSORS), torch.randn(8, HORIZON)
    print("final loss", round(fit(model, xs, ys), 4))
    # train mode on purpose: the sensitivity tracks the model as it is trained
    sens = sensor_sensitivity(model, xs[0])
    print("sensitivity per sensor", [round(v, 4) for v in sens.tolist()])


if __name__ == "__main__":
    main()
