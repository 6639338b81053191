# expect: crash
"""The same helper asked for the adapter's weight, before the GRU: its gradient runs the eval-mode GRU's backward."""
import torch
import torch.nn.functional as F
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.adapter = nn.Linear(3, 6)
        self.gru = nn.GRU(6, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        return self.head(self.gru(torch.tanh(self.adapter(x)))[0][:, -1])


def grad_norm_of(model, name, batch):
    x, y = batch
    params = dict(model.named_parameters())
    loss = F.cross_entropy(model(x), y)
    (grad,) = torch.autograd.grad(loss, params[name])  # TM001-here
    return grad.norm().item()


model = Net().eval()
batch = (torch.randn(4, 7, 3), torch.randint(0, 2, (4,)))
print(grad_norm_of(model, "adapter.weight", batch))
