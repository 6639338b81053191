import torch
import torch.nn as nn

from .modes import Mode


def _batch():
    x = torch.randn(4, 8, 4)
    return x, x[:, :, 2:].abs().mean(dim=(1, 2)).unsqueeze(1)


def evaluate(model):
    with Mode(model, False) as m, torch.no_grad():
        x, y = _batch()
        return nn.functional.mse_loss(m(x), y).item()


def fit(model, epochs=1, steps=2, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    report = [{"epoch": -1, "val": round(evaluate(model), 4)}]
    for epoch in range(epochs):
        for _ in range(steps):
            with Mode(model, True) as m:
                x, y = _batch()
                loss = nn.functional.mse_loss(m(x), y)
                opt.zero_grad()
                loss.backward()
                opt.step()
        report.append({"epoch": epoch, "val": round(evaluate(model), 4), "training_after": model.training})
    return report
