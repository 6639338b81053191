# expect: clean
"""Ferry crossing times: early stopping that reloads the best state dict and keeps training with a lower LR."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(12)


class CrossingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 10, batch_first=True)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o[:, -1]).squeeze(-1)


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(((model(x) - y) ** 2).mean().item() for x, y in data) / len(data)


def fit(model, opt, train, val, epochs, patience=1):
    best, best_state, bad = float("inf"), None, 0
    for ep in range(epochs):
        model.train()
        for x, y in train:
            loss = ((model(x) - y) ** 2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        v = evaluate(model, val)
        if v < best:
            best, best_state, bad = v, copy.deepcopy(model.state_dict()), 0
        else:
            bad += 1
            if bad > patience:
                break
    model.load_state_dict(best_state)
    return best


def data(n):
    return [(torch.randn(4, 6, 4), torch.randn(4)) for _ in range(n)]


model = CrossingNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
print("stage 1 best", round(fit(model, opt, data(2), data(1), 3), 4))
for g in opt.param_groups:
    g["lr"] = 1e-3
print("stage 2 best", round(fit(model, opt, data(2), data(1), 2), 4))
