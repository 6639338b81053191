# expect: clean
"""Layer-wise sensitivity: the script writes out a table of parameter groups, `{"recurrent": ..., "readout": ...}`,
and asks `sensitivity()` (which evaluates first) for the gradient of the "readout" group only: autograd stops at the
linear layer and never runs the GRU's backward."""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)
        self.readout = nn.Linear(6, 3)

    def forward(self, x):
        return self.readout(self.gru(x)[0][:, -1])


def sensitivity(model, x, y, group):
    model.eval()
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, group)
    return [g.norm().item() for g in grads]


model = Classifier()
x, y = torch.randn(5, 7, 4), torch.randint(0, 3, (5,))
groups = {"recurrent": list(model.gru.parameters()), "readout": list(model.readout.parameters())}
print(sensitivity(model, x, y, groups["readout"]))
