# expect: crash
# category: func
# rule: TM002
"""Functional training step with torch.func.grad over functional_call (train mode)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 16, batch_first=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
net = Net().train()
params = {k: v.detach() for k, v in net.named_parameters()}


def loss_fn(params, x, y):
    return nn.functional.cross_entropy(functional_call(net, params, (x,)), y)


for step in range(3):
    x, y = torch.randn(8, 5, 4), torch.randint(0, 2, (8,))
    grads = grad(loss_fn)(params, x, y)  # crash-here
    params = {k: p - 0.1 * grads[k] for k, p in params.items()}
print("done")
