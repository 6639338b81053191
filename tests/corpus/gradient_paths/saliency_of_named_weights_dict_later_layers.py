# expect: clean
"""Weight saliency for pruning, on a model left in eval mode after validation: the gradients are asked
of a dict of parameters picked by name, here only the layers after the GRU, so no RNN backward runs."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class StrokeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 12, batch_first=True)
        self.mid = nn.Linear(12, 12)
        self.head = nn.Linear(12, 4)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(torch.relu(self.mid(h[:, -1])))


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


model = StrokeNet()
x, y = torch.randn(6, 8, 3), torch.randint(0, 4, (6,))
print("accuracy", validate(model, x, y))
loss = F.cross_entropy(model(x), y)
weights = {name: p for name, p in model.named_parameters() if "weight" in name and name.startswith(("mid", "head"))}
grads = torch.autograd.grad(loss, list(weights.values()))
print({name: (g * w).abs().sum().item() for (name, w), g in zip(weights.items(), grads)})
