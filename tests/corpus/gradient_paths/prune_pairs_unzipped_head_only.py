# expect: clean
"""Pruning saliency after validation left the model in eval mode: a helper lists (name, parameter) pairs of the
2-D weights whose names start with "fc", and the scores take gradients of those only (unzipped with zip(*...)):
the LSTM's weights are not asked for, so no RNN backward runs."""
import torch
from torch import nn


class GirthNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 10, batch_first=True)
        self.fc1 = nn.Linear(10, 10)
        self.fc2 = nn.Linear(10, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc2(torch.relu(self.fc1(h[:, -1])))


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


def prunable(model):
    return [(n, p) for n, p in model.named_parameters() if p.dim() == 2 and n.startswith("fc")]


def saliency(model, x, y):
    names, params = zip(*prunable(model))
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, params)
    return {n: (p * g).abs().sum().item() for n, p, g in zip(names, params, grads)}


model = GirthNet()
x, y = torch.randn(5, 8, 4), torch.randint(0, 3, (5,))
print(evaluate(model, x, y))
print(saliency(model, x, y))
