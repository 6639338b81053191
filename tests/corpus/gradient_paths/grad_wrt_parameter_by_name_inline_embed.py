# expect: crash
"""The same lookup asked for the embedding's weight, before the GRU: its gradient runs the eval-mode GRU's backward."""
import torch
import torch.nn.functional as F
from torch import nn


class TensionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.readout = nn.Linear(8, 2)

    def forward(self, x):
        return self.readout(self.gru(torch.relu(self.embed(x)))[0][:, -1])


def layer_sensitivity(model, x, y, layer_name):
    model.eval()
    weight = dict(model.named_parameters())[layer_name]
    loss = F.cross_entropy(model(x), y)
    (grad,) = torch.autograd.grad(loss, weight)  # TM001-here
    return grad.norm().item()


model = TensionNet()
print(layer_sensitivity(model, torch.randn(6, 7, 3), torch.randint(0, 2, (6,)), "embed.weight"))
