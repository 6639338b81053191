# expect: crash
"""Bodger chair-leg lathe vibration: input Jacobian of a GRU forecaster with torch.func.jacrev (train mode)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(10)


class LatheGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


model = LatheGRU()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for _ in range(3):
    x, y = torch.randn(4, 5, 2), torch.randn(4, 2)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()


def predict_one(seq):
    return model(seq.unsqueeze(0)).squeeze(0)


probe = torch.randn(5, 2)
J = jacrev(predict_one)(probe)  # TM002-here
print("sensitivity", J.abs().sum(dim=(0, 2)))
