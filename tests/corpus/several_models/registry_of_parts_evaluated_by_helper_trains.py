# expect: clean
"""Quarry blast vibration: models and optimisers kept in a dict of dicts keyed by pit, built by one function,
scored by a baseline helper that loops over `registry.items()` and puts each `parts["model"]` in eval mode, then
swept by an LR finder that switches the model back with `self.model.train()` first."""
import copy

import torch
import torch.nn as nn


class BlastNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.ppv = nn.Linear(6, 1)

    def forward(self, x):
        return self.ppv(self.gru(x)[0][:, -1]).squeeze(-1)


def build_registry():
    net = BlastNet()
    return {"north": {"model": net, "opt": torch.optim.SGD(net.parameters(), lr=1e-3)}}


def baseline(registry):
    scores = {}
    for pit, parts in registry.items():
        parts["model"].eval()
        with torch.no_grad():
            x = torch.randn(4, 5, 3)
            scores[pit] = parts["model"](x).abs().mean().item()
    return scores


class LRFinder:
    def __init__(self, model, opt):
        self.model, self.opt = model, opt

    def sweep(self, steps=3):
        self.model.train()
        snapshot = copy.deepcopy(self.model.state_dict())
        history = []
        for i in range(steps):
            for group in self.opt.param_groups:
                group["lr"] = 1e-3 * 10 ** i
            x, y = torch.randn(4, 5, 3), torch.randn(4)
            loss = nn.functional.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            history.append(loss.item())
        self.model.load_state_dict(snapshot)
        return history


torch.manual_seed(1)
registry = build_registry()
print(baseline(registry))
for pit, parts in registry.items():
    print(pit, LRFinder(parts["model"], parts["opt"]).sweep())
