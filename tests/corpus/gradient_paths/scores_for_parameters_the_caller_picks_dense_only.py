# expect: clean
"""Sensitivity scores |w * dL/dw| for the parameters the caller picks by name, (name, tensor) pairs handed to a
helper that evaluates the model and differentiates with respect to them. Only the dense layers after the LSTM
are picked: the gradient stops before the LSTM, so its eval mode never meets a backward."""
import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(5, 10)
        self.lstm = nn.LSTM(10, 10, batch_first=True)
        self.fc1 = nn.Linear(10, 10)
        self.fc2 = nn.Linear(10, 3)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.embed(x)))
        return self.fc2(torch.relu(self.fc1(h[:, -1])))


def sensitivity(model, x, y, picked):
    model.eval()
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, [p for _, p in picked])
    return {name: (p * g).abs().sum().item() for (name, p), g in zip(picked, grads)}


model = Scorer()
x, y = torch.randn(4, 8, 5), torch.randint(0, 3, (4,))
picked = [(n, p) for n, p in model.named_parameters() if n.startswith("fc") and n.endswith("weight")]
print(sorted(sensitivity(model, x, y, picked).items()))
