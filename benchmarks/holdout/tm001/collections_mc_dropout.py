# expect: crash
# category: collections
"""MC-dropout uncertainty-weighted loss: eval everything, then re-enable only the Dropout layers."""
import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 16, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.3), nn.Linear(16, 1))

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


def enable_dropout(model):
    for m in model.modules():
        if m.__class__.__name__.startswith("Dropout"):
            m.train()


torch.manual_seed(0)
reg = Regressor()
opt = torch.optim.Adam(reg.parameters(), lr=1e-3)
x, y = torch.randn(8, 5, 3), torch.randn(8)
reg.eval()
enable_dropout(reg)
samples = torch.stack([reg(x) for _ in range(4)])
nll = ((samples.mean(0) - y) ** 2 / (samples.var(0) + 1e-3)).mean()
opt.zero_grad()
nll.backward()  # TM001-here
opt.step()
