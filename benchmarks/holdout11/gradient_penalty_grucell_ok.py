# expect: clean
# R1 gradient penalty (double backward) for a sequence discriminator whose recurrence is an nn.GRUCell loop:
# the cell kernels support double backward, so the penalty trains fine on a GPU.
import torch
import torch.nn as nn


class CellDiscriminator(nn.Module):
    def __init__(self, d=3, h=12):
        super().__init__()
        self.h = h
        self.cell = nn.GRUCell(d, h)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        state = x.new_zeros(x.size(0), self.h)
        for t in range(x.size(1)):
            state = self.cell(x[:, t], state)
        return self.fc(state)


torch.manual_seed(0)
D = CellDiscriminator()
opt = torch.optim.Adam(D.parameters(), 2e-4, betas=(0.0, 0.99))
for step in range(3):
    real = torch.randn(4, 8, 3).requires_grad_(True)
    fake = torch.randn(4, 8, 3)
    real_out = D(real)
    g, = torch.autograd.grad(real_out.sum(), real, create_graph=True)
    r1 = g.pow(2).flatten(1).sum(1).mean()
    loss = nn.functional.softplus(-real_out).mean() + nn.functional.softplus(D(fake)).mean() + 5.0 * r1
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
print("done")
