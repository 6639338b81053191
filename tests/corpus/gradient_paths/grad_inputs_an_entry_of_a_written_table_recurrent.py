# expect: crash
"""As grad_inputs_an_entry_of_a_written_table, but the script asks for the "recurrent" group: the gradient is
asked of the GRU's own weights, after an eval-mode forward."""
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
    grads = torch.autograd.grad(loss, group)  # TM001-here
    return [g.norm().item() for g in grads]


model = Classifier()
x, y = torch.randn(5, 7, 4), torch.randint(0, 3, (5,))
groups = {"recurrent": list(model.gru.parameters()), "readout": list(model.readout.parameters())}
print(sensitivity(model, x, y, groups["recurrent"]))
