# expect: crash
"""Hyperopt-style `fmin` over an objective. The model comes from an `lru_cache`d factory keyed by the hidden size,
so trials with the same size share one module. Each trial ends with a validation pass that calls eval(); the
next trial with the same size trains that eval-mode LSTM."""
import functools
import random
import torch
import torch.nn as nn


@functools.lru_cache(maxsize=None)
def get_model(hidden):
    return nn.ModuleDict({"lstm": nn.LSTM(3, hidden, batch_first=True), "fc": nn.Linear(hidden, 1)})


def predict(m, x):
    return m["fc"](m["lstm"](x)[0][:, -1]).squeeze(-1)


def objective(space):
    m = get_model(space["hidden"])
    opt = torch.optim.Adam(m.parameters(), lr=space["lr"])
    x, y = torch.randn(6, 5, 3), torch.randn(6)
    for _ in range(2):
        loss = nn.functional.mse_loss(predict(m, x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    m.eval()
    with torch.no_grad():
        return {"loss": float(nn.functional.mse_loss(predict(m, x), y)), "status": "ok"}


def fmin(fn, space, max_evals, rstate):
    trials = []
    for _ in range(max_evals):
        sample = {k: rstate.choice(v) for k, v in space.items()}
        trials.append((sample, fn(sample)))
    return min(trials, key=lambda t: t[1]["loss"])[0]


print(fmin(objective, {"hidden": [8], "lr": [1e-3, 1e-2]}, max_evals=3, rstate=random.Random(0)))
print("done")
