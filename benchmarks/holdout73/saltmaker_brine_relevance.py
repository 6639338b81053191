# expect: crash
"""Saltmaker brine-pan monitor: forecasts crystallisation rate and logs
gradient*input relevance of each sensor channel every few steps."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("saltmaker")

SENSORS = ["salinity", "temp", "wind", "humidity"]


class PanForecaster(nn.Module):
    def __init__(self, n_in=len(SENSORS), hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).squeeze(-1)


class GradTimesInput:
    def __init__(self, model):
        self.model = model.eval()

    def attribute(self, x):
        x = x.clone().requires_grad_(True)
        score = self.model(x).sum()
        (g,) = torch.autograd.grad(score, x)  # TM001-here
        return (g * x).detach().abs().mean(dim=(0, 1))


EXPLAINERS = {"gxi": GradTimesInput}


class Monitor:
    def __init__(self, model, method="gxi"):
        self.model = model
        self.explainer = EXPLAINERS[method](model)
        self.records = []

    def __call__(self, step, x):
        rel = self.explainer.attribute(x)
        self.records.append(dict(zip(SENSORS, rel.tolist())))
        log.info("step %d relevance %s", step, self.records[-1])


def main():
    torch.manual_seed(0)
    model = PanForecaster()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(4):
        x = torch.randn(5, 6, len(SENSORS))
        y = torch.randn(5)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())
    # post-hoc report: which sensors drive the forecast on held-out pans
    monitor = Monitor(model)
    for step, x_probe in enumerate(torch.randn(2, 3, 6, len(SENSORS))):
        monitor(step, x_probe)
    print(len(monitor.records), "relevance snapshots", monitor.records[-1])


if __name__ == "__main__":
    main()
