# expect: clean
"""Early-exit tuning: every parameter is frozen in a loop, then only the shallow exit's parameters are
thawed in another loop. The model was left in eval mode by a calibration pass, but the backward stops at
the exit: the GRU before it is frozen and fed raw features that need no grad."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class WithExits(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.exit1 = nn.Linear(8, 2)
        self.exit2 = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.exit1(h[:, -1]), self.exit2(h[:, -1])


def calibrate(model):
    model.eval()
    with torch.no_grad():
        return model(torch.randn(2, 5, 4))[0].mean().item()


torch.manual_seed(0)
model = WithExits()
print("calibration", calibrate(model))
for p in model.parameters():
    p.requires_grad_(False)
for p in model.exit1.parameters():
    p.requires_grad_(True)
opt = torch.optim.SGD(model.exit1.parameters(), lr=0.1)
for _ in range(2):
    logits, _ = model(torch.randn(2, 5, 4))
    loss = F.cross_entropy(logits, torch.randint(0, 2, (2,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
