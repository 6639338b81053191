# expect: crash
"""Bearing fault detection: input-space curvature (Hessian-vector product) of the loss, model in train mode."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp

torch.manual_seed(36)


class FaultGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o[:, -1])


model = FaultGRU()
opt = torch.optim.Adam(model.parameters(), 1e-2)
vib, fault = torch.randn(4, 10, 2), torch.randint(0, 3, (4,))
model.train()
for it in range(2):
    loss = nn.functional.cross_entropy(model(vib), fault)
    opt.zero_grad()
    loss.backward()
    opt.step()


def loss_of_input(x):
    return nn.functional.cross_entropy(model(x), fault)


v = torch.randn_like(vib)
v = v / v.norm()
_, hv = hvp(loss_of_input, vib, v)  # TM003-here
print("curvature along v", (hv * v).sum().item())
