# expect: clean
"""Yurt felt insulation: pick which logged nights to send for manual labelling.

Unlabelled nights are scored by the norm of the loss gradient (against the model's own
prediction) at one chosen layer; the model stays in eval mode while scoring.
"""
import json

import torch
from torch import nn

SETTINGS = json.loads('{"hidden": 8, "score_layer": "head", "budget": 3, "lr": 0.01}')


class HeatLossNet(nn.Module):
    def __init__(self, n_in=5, hidden=8, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


def fit(model, data, lr):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in data:
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()


def score_pool(model, pool, layer_name):
    model.eval()
    layer = getattr(model, layer_name)
    scores = []
    for i, x in enumerate(pool):
        logits = model(x[None])
        pseudo = logits.argmax(-1)
        loss = nn.functional.cross_entropy(logits, pseudo)
        (g,) = torch.autograd.grad(loss, layer.weight)
        scores.append((g.norm().item(), i))
    return sorted(scores, reverse=True)


def main():
    torch.manual_seed(8)
    model = HeatLossNet(hidden=SETTINGS["hidden"])
    labelled = [(torch.randn(4, 7, 5), torch.randint(0, 3, (4,))) for _ in range(3)]
    pool = torch.randn(6, 7, 5)
    fit(model, labelled, SETTINGS["lr"])
    ranked = score_pool(model, pool, SETTINGS["score_layer"])
    print("to label:", [i for _, i in ranked[: SETTINGS["budget"]]])


if __name__ == "__main__":
    main()
