# expect: clean
# A wrapper uses `self.training` to switch off its own input noise for a "clean" pass; the author sets
# `model.training = False` directly. That attribute assignment does not recurse, so the inner GRU stays in
# training mode and the backward of the consistency loss is fine.
import torch
import torch.nn as nn


class NoisyWrapper(nn.Module):
    def __init__(self, core, sigma=0.1):
        super().__init__()
        self.core, self.sigma = core, sigma

    def forward(self, x):
        if self.training:
            x = x + self.sigma * torch.randn_like(x)
        return self.core(x)


class Core(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 9, batch_first=True)
        self.lin = nn.Linear(9, 3)

    def forward(self, x):
        return self.lin(self.gru(x)[0])


torch.manual_seed(0)
model = NoisyWrapper(Core())
opt = torch.optim.Adam(model.parameters(), 1e-3)
x = torch.randn(4, 6, 3)
for step in range(3):
    noisy = model(x)
    model.training = False
    clean = model(x)
    model.training = True
    loss = (noisy - clean).pow(2).mean() + clean.pow(2).mean() * 0.01
    opt.zero_grad()
    loss.backward()
    opt.step()
print(model.core.gru.training)
print("done")
