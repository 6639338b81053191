# expect: clean
"""Loom defect classifier pruning: gradient-times-weight saliency of the layers a helper lists
(`prunable_layers(model)` returns `[model.fc1, model.fc2]`, the classifier block after the LSTM), measured in eval mode
so dropout does not move the scores. autograd is asked only for those layers' weights, so the LSTM's backward never
runs."""
import torch
import torch.nn.functional as F
from torch import nn


class LoomNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.fc1 = nn.Linear(8, 8)
        self.drop = nn.Dropout(0.2)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.proj(x)))
        return self.fc2(self.drop(torch.relu(self.fc1(h[:, -1]))))


def prunable_layers(model):
    return [model.fc1, model.fc2]


def saliency(model, x, y):
    model.eval()
    layers = prunable_layers(model)
    loss = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, [m.weight for m in layers])
    return [(m.weight * g).abs() for m, g in zip(layers, grads)]


if __name__ == "__main__":
    torch.manual_seed(1)
    model = LoomNet()
    scores = saliency(model, torch.randn(5, 7, 4), torch.randint(0, 2, (5,)))
    print([round(s.sum().item(), 5) for s in scores])
