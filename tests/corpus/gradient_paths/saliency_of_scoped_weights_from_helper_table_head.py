# expect: clean
"""Pruning saliency: a helper returns the model's matrix weights by name, and the scorer keeps those whose name
starts with the scope its caller passes (`"head"`). The gradient is asked for the head's weight only, so the
eval-mode LSTM's backward never runs."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Reader(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 4)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def matrices(model):
    return {name: p for name, p in model.named_parameters() if p.dim() == 2}


def saliency(model, x, y, scope):
    model.eval()
    picked = {name: p for name, p in matrices(model).items() if name.startswith(scope)}
    loss = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, list(picked.values()))
    return {name: (p.detach() * g).abs() for (name, p), g in zip(picked.items(), grads)}


if __name__ == "__main__":
    model = Reader()
    scores = saliency(model, torch.randn(5, 7, 3), torch.randint(0, 4, (5,)), "head")
    print(sorted(scores))
