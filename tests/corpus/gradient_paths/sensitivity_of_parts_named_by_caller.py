# expect: clean
"""Wind-turbine vibration forecaster: a pruning-sensitivity probe on the deployed (eval-mode) model takes the
gradient norms of the parts the caller names, `[w for part in parts for w in getattr(model, part).parameters()]`.
Only the output head is named: autograd never runs the LSTM's backward. The engine once took the nested
comprehension for the whole model."""
import torch
import torch.nn as nn


class VibrationForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.embed(x)))
        return self.head(h[:, -1]).squeeze(-1)


def sensitivity(model, x, y, parts):
    model.eval()
    loss = nn.functional.mse_loss(model(x), y)
    weights = [w for part in parts for w in getattr(model, part).parameters()]
    grads = torch.autograd.grad(loss, weights)
    return [g.abs().mean().item() for g in grads]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = VibrationForecaster()
    x, y = torch.randn(5, 12, 3), torch.randn(5)
    print(sensitivity(model, x, y, ("head",)))
