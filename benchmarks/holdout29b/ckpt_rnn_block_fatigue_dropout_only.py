# expect: clean
"""Cable-stay vibration spectra -> fatigue class, with gradient checkpointing of the
recurrent block to save memory on long records. Dropout is switched off before the
loop; only nn.Dropout modules are switched (the LSTM keeps its own dropout)."""
import torch
import torch.nn as nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(20)


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.lstm = nn.LSTM(d, d, num_layers=2, dropout=0.3, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.norm = nn.LayerNorm(d)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.norm(self.drop(o) + x)


class Model(nn.Module):
    def __init__(self, d=8):
        super().__init__()
        self.inp = nn.Linear(4, d)
        self.block = Block(d)
        self.out = nn.Linear(d, 3)

    def forward(self, x):
        h = self.inp(x)
        h = checkpoint(self.block, h, use_reentrant=False)
        return self.out(h.mean(1))


def deterministic(model):
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.eval()
    return model


model = deterministic(Model())
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randn(3, 16, 4), torch.randint(0, 3, (3,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
