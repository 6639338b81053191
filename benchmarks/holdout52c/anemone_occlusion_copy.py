# expect: clean
"""Tide-pool anemone tentacle retraction: predict retraction from water-chemistry sequences.

An occlusion explainer is built next to the runner at start-up and queried every epoch.
"""
import argparse
import copy
import types

import torch
from torch import nn


class TentacleNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.embed(x)))
        return self.head(h.mean(1)).squeeze(-1)


class OcclusionExplainer:
    """Scores each time step by how much the prediction moves when it is zeroed."""

    def __init__(self, model):
        self._source = model
        self.model = copy.deepcopy(model)
        self.model.eval()

    @torch.no_grad()
    def explain(self, x):
        self.model.load_state_dict(self._source.state_dict())
        base = self.model(x)
        scores = []
        for t in range(x.shape[1]):
            occluded = x.clone()
            occluded[:, t] = 0.0
            scores.append((base - self.model(occluded)).abs().mean().item())
        return scores


class Runner:
    def __init__(self, model, lr):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.tools = types.SimpleNamespace(explainer=OcclusionExplainer(model), log=[])

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def run(self, epochs, data, probe):
        for epoch in range(epochs):
            losses = [self.step(x, y) for x, y in data]
            top = self.tools.explainer.explain(probe)
            self.tools.log.append((epoch, sum(losses) / len(losses), max(top)))
        return self.tools.log


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--hidden", type=int, default=8)
    ap.add_argument("--lr", type=float, default=1e-2)
    return ap.parse_args([])


if __name__ == "__main__":
    args = parse()
    torch.manual_seed(2)
    data = [(torch.randn(4, 6, 4), torch.randint(0, 2, (4,)).float()) for _ in range(3)]
    runner = Runner(TentacleNet(hidden=args.hidden), args.lr)
    for row in runner.run(args.epochs, data, probe=torch.randn(2, 6, 4)):
        print(row)
