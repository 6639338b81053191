import logging

import torch
from torch import nn

from .utils import evaluating

log = logging.getLogger("tanlab")


class HideNet(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def auc(scores, labels):
    pos, neg = scores[labels == 1], scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("AUC undefined with a single class")
    return (pos[:, None] > neg[None, :]).float().mean().item()


def validate(model, x, y):
    with evaluating(model), torch.no_grad():
        return auc(model(x), y)


def run(cfg):
    model = HideNet(cfg["n_in"], cfg["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
    crit = nn.BCEWithLogitsLoss()
    val_x = torch.randn(cfg["batch"], 5, cfg["n_in"])
    val_y = torch.zeros(cfg["batch"])  # this shift only had good hides
    hist = []
    for epoch in range(cfg["epochs"]):
        model.train()
        for _ in range(2):
            x = torch.randn(cfg["batch"], 5, cfg["n_in"])
            y = (x[:, :, 0].sum(1) > 0).float()
            opt.zero_grad()
            loss = crit(model(x), y)
            loss.backward()
            opt.step()
            try:
                hist.append(validate(model, val_x, val_y))
            except ValueError as exc:
                log.warning("epoch %d: %s", epoch, exc)
    return hist
