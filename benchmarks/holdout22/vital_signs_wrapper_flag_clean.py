# expect: clean
"""Vital-sign forecasting (heart rate, SpO2, resp. rate) with an LSTM and a residual head.

The deployment wrapper marks itself as not training so its own logging switches off; the
online update that follows still backpropagates through the forecaster.
"""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_sig=3, hidden=8, horizon=2):
        super().__init__()
        self.lstm = nn.LSTM(n_sig, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_sig * horizon)
        self.horizon = horizon

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).view(x.size(0), self.horizon, -1) + x[:, -1:, :]


class BedsideWrapper(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model
        self.log = []

    def forward(self, x):
        y = self.model(x)
        if self.training:
            self.log.append(float(y.mean()))
        return y


def main():
    torch.manual_seed(0)
    wrapper = BedsideWrapper(Forecaster())
    wrapper.training = False  # silence the bedside log
    opt = torch.optim.SGD(wrapper.parameters(), lr=1e-2)
    for t in range(3):
        window = torch.randn(2, 10, 3)
        target = torch.randn(2, 2, 3)
        loss = nn.functional.mse_loss(wrapper(window), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(t, float(loss), len(wrapper.log))


if __name__ == "__main__":
    main()
