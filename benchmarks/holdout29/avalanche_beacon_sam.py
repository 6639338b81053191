# expect: crash
"""Avalanche beacon range estimation with SAM; the ascent probe is taken with the model in eval."""
import torch
import torch.nn as nn

torch.manual_seed(10)
model = nn.Sequential()
model.add_module("rnn", nn.GRU(2, 8, batch_first=True))


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 1)

    def forward(self, out):
        return self.fc(out[0][:, -1])


model.add_module("head", Head())
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(5, 9, 2), torch.randn(5, 1)


def sam_step(rho=0.05):
    model.eval()  # "deterministic" probe
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    eps = []
    with torch.no_grad():
        norm = torch.norm(torch.stack([p.grad.norm() for p in model.parameters()]))
        for p in model.parameters():
            e = rho * p.grad / (norm + 1e-12)
            p.add_(e)
            eps.append(e)
    model.train()
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    with torch.no_grad():
        for p, e in zip(model.parameters(), eps):
            p.sub_(e)
    opt.step()
    opt.zero_grad()
    return float(loss)


for _ in range(2):
    print(sam_step())
