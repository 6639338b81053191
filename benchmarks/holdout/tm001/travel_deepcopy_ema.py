# expect: clean
# category: travel
"""Mean-teacher: the EMA copy is kept in eval mode and only ever run under no_grad."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 16, batch_first=True)
        self.cls = nn.Linear(16, 3)

    def forward(self, x):
        return self.cls(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
student = Encoder()
ema = copy.deepcopy(student).eval()
for p in ema.parameters():
    p.requires_grad_(False)
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
for step in range(3):
    x, y = torch.randn(8, 5, 4), torch.randint(0, 3, (8,))
    with torch.no_grad():
        target = ema(x + 0.05 * torch.randn_like(x)).softmax(-1)
    out = student(x)
    loss = F.cross_entropy(out, y) + F.mse_loss(out.softmax(-1), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    with torch.no_grad():
        for pe, ps in zip(ema.parameters(), student.parameters()):
            pe.mul_(0.99).add_(ps, alpha=0.01)
