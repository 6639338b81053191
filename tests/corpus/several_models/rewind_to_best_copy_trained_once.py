# expect: crash
"""Early stopping with a rewind: the loop keeps a deep copy of the best model (taken after evaluate() left it in
eval mode) and, when the score stalls, goes on training from that copy under the same name. The model is put in
train mode once, before the loop: the next epoch trains whatever evaluate() left in eval mode."""
import copy

import torch
from torch import nn
from torch.nn import functional as F


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return F.mse_loss(model(x), y).item()


def fit(net, x, y, epochs=4, patience=1):
    model = net
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best, best_score, stale = None, float("inf"), 0
    model.train()
    for epoch in range(epochs):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        score = evaluate(model, x, y)
        if score < best_score:
            best, best_score, stale = copy.deepcopy(model), score, 0
        else:
            stale += 1
        if stale > patience or epoch == 1:
            model = best
            opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    return model


if __name__ == "__main__":
    fit(Forecaster(), torch.randn(4, 5, 2), torch.randn(4))
