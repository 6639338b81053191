# expect: clean
"""Parts are frozen by name: `freeze(model, names)` keeps the names in `model.frozen` and freezes every module whose
first name part (`name.split(".")[0]`) is in that set. The adapter and the encoder are frozen: nothing before the
GRU needs grad, so the backward stops at the head and the GRU left in eval mode never runs one."""
import torch
import torch.nn as nn


class Tuned(nn.Module):
    def __init__(self):
        super().__init__()
        self.adapter = nn.Linear(4, 8)
        self.encoder = nn.GRU(8, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.encoder(self.adapter(x))
        return self.head(h[:, -1]).squeeze(-1)


def freeze(model, names):
    model.frozen = set(names)
    for name, module in model.named_modules():
        if name.split(".")[0] in model.frozen:
            for p in module.parameters(recurse=False):
                p.requires_grad_(False)


model = Tuned()
freeze(model, ("adapter", "encoder"))
x, y = torch.randn(6, 9, 4), torch.randn(6)
model.eval()
with torch.no_grad():
    print("before", nn.functional.mse_loss(model(x), y).item())
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
for _ in range(2):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
