# expect: clean
# category: framework
"""Forecast the next value of a noisy sine with a 2-layer GRU, trained through the Engine."""
import math

import torch
import torch.nn as nn

from engine import Events, create_supervised_evaluator, create_supervised_trainer

torch.manual_seed(1)


class Forecaster(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(1, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.gru(x)
        return self.out(seq[:, -1])


def windows(n, length=10):
    t = torch.linspace(0, 4 * math.pi, n + length + 1)
    series = torch.sin(t) + 0.05 * torch.randn_like(t)
    xs = torch.stack([series[i:i + length] for i in range(n)]).unsqueeze(-1)
    ys = torch.stack([series[i + length] for i in range(n)]).unsqueeze(-1)
    return [(xs[i:i + 8], ys[i:i + 8]) for i in range(0, n, 8)]


train_data, val_data = windows(32), windows(16)
net = Forecaster()
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
trainer = create_supervised_trainer(net, opt, nn.MSELoss())
evaluator = create_supervised_evaluator(net, nn.functional.l1_loss)


@trainer.on(Events.ITERATION_COMPLETED)
def log_loss(engine):
    if engine.state.iteration % 3 == 0:
        print(f"iter {engine.state.iteration} loss {engine.state.output:.4f}")


@trainer.on(Events.EPOCH_COMPLETED)
def run_validation(engine):
    evaluator.state.metrics.clear()
    evaluator.run(val_data)
    mae = sum(evaluator.state.metrics["values"]) / len(evaluator.state.metrics["values"])
    print(f"epoch {engine.state.epoch} val MAE {mae:.4f}")


trainer.run(train_data, max_epochs=2)
