# expect: crash
"""W&B sweep agent: wandb.agent(sweep_id, function=train, count=3) calls train() once per
trial with a fresh wandb.config. To save start-up time the script caches built models by
architecture key in a module-level dict; trial 3 gets back trial 1's model, which trial 1's
final evaluate() left in eval mode, and train() never calls model.train().

(wandb is replaced by a tiny in-file stand-in so the script runs offline.)
"""
import itertools
import types

import torch
from torch import nn


class _Run:
    def __init__(self, config):
        self.config = types.SimpleNamespace(**config)
        self.summary = {}

    def log(self, d):
        self.summary.update(d)


class _WandbStandIn:
    run = None

    def sweep(self, sweep_config, project=None):
        grid = sweep_config["parameters"]
        keys = list(grid)
        self._trials = [dict(zip(keys, vals)) for vals in itertools.product(*(grid[k]["values"] for k in keys))]
        return "sweep-0"

    def init(self, config=None):
        self.run = _Run(config or self._trials.pop(0))
        self.config = self.run.config
        return self.run

    def log(self, d):
        self.run.log(d)

    def agent(self, sweep_id, function, count):
        for _ in range(count):
            function()


wandb = _WandbStandIn()
_MODEL_CACHE = {}


class BiGRUTagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[0])


def get_model(hidden):
    if hidden not in _MODEL_CACHE:
        _MODEL_CACHE[hidden] = BiGRUTagger(hidden)
    return _MODEL_CACHE[hidden]


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def train():
    run = wandb.init()
    cfg = run.config
    model = get_model(cfg.hidden)
    opt = torch.optim.SGD(model.parameters(), lr=cfg.lr)
    x, y = torch.randn(8, 6, 4), torch.randint(0, 3, (8, 6))
    for epoch in range(2):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1))
        loss.backward()  # TM001-here
        opt.step()
        wandb.log({"loss": loss.item(), "epoch": epoch})
    wandb.log({"val_acc": evaluate(model, x, y)})
    print(vars(cfg), run.summary)


if __name__ == "__main__":
    torch.manual_seed(38)
    sweep_id = wandb.sweep({"method": "grid", "parameters": {"lr": {"values": [0.1, 0.01]},
                                                             "hidden": {"values": [6, 10]}}})
    wandb.agent(sweep_id, function=train, count=3)
