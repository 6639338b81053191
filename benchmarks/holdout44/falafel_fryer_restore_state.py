# expect: clean
"""Falafel fryer oil life: two forecasters (fast and slow horizon) kept in a dict.

Every epoch ends with a validation pass; when a model gets worse the best snapshot is restored.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

HORIZONS = {"fast": 2, "slow": 6}


class OilNet(nn.Module):
    def __init__(self, horizon, feats=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, horizon)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def batch_for(horizon, seed, n=4, steps=10, feats=3):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, feats, generator=g)
    y = x[:, -horizon:, 0]
    return x, y


@torch.no_grad()
def validate(models, best, seed):
    """Scores every model and keeps a snapshot of each one that improved."""
    scores = {}
    for name, m in models.items():
        was_training = m.training
        m.eval()
        x, y = batch_for(HORIZONS[name], seed)
        scores[name] = F.mse_loss(m(x), y).item()
        if scores[name] < best[name][0]:
            best[name] = (scores[name], copy.deepcopy(m))
        m.train(was_training)
    return scores


def main(epochs=4):
    torch.manual_seed(14)
    models = {name: OilNet(h) for name, h in HORIZONS.items()}
    opts = {name: torch.optim.Adam(m.parameters(), lr=8e-2) for name, m in models.items()}
    best = {name: (float("inf"), copy.deepcopy(m)) for name, m in models.items()}
    for m in models.values():
        m.train()
    for epoch in range(epochs):
        for step in range(2):
            for name, m in models.items():
                x, y = batch_for(HORIZONS[name], 100 * epoch + step)
                loss = F.mse_loss(m(x), y)
                opts[name].zero_grad()
                loss.backward()
                opts[name].step()
        previous = {name: b[0] for name, b in best.items()}
        scores = validate(models, best, seed=999)
        for name in models:
            if scores[name] > previous[name]:
                print("restoring", name, "from", round(best[name][0], 4))
                models[name].load_state_dict(best[name][1].state_dict())
                opts[name] = torch.optim.Adam(models[name].parameters(), lr=1e-2)
        print(epoch, {k: round(v, 4) for k, v in scores.items()})


if __name__ == "__main__":
    main()
