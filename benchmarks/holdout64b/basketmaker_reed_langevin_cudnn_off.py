# expect: clean
"""Basketmaker: an energy model over reed-thickness profiles; draw samples by Langevin dynamics."""
import torch
import torch.nn as nn

torch.manual_seed(4)
SEQ, HID = 8, 8


class ReedEnergy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, HID, batch_first=True)
        self.e = nn.Linear(HID, 1)

    def forward(self, x):
        h, _ = self.lstm(x.unsqueeze(-1))
        return self.e(h[:, -1]).squeeze(-1)


def langevin(model, n, steps=5, step_size=0.05):
    x = torch.randn(n, SEQ)
    for _ in range(steps):
        x = x.detach().requires_grad_(True)
        energy = model(x).sum()
        (g,) = torch.autograd.grad(energy, x)
        x = x - step_size * g + (2 * step_size) ** 0.5 * 0.1 * torch.randn_like(x)
    return x.detach()


model = ReedEnergy()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
real = torch.sin(torch.linspace(0, 3, SEQ)) + 0.1 * torch.randn(16, SEQ)
for epoch in range(2):
    model.eval()  # sampling should not be perturbed by training-time behaviour
    with torch.backends.cudnn.flags(enabled=False):
        neg = langevin(model, 16)
    model.train()
    opt.zero_grad()
    loss = model(real).mean() - model(neg).mean() + 0.1 * (model(real) ** 2).mean()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4))
