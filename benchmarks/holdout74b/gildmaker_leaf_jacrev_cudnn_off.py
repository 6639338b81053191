# expect: clean
"""Gold-leaf thickness forecaster: jacrev sensitivity with cuDNN disabled for the transform."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(4)


class LeafGRU(nn.Module):
    def __init__(self, d=3, h=6):
        super().__init__()
        self.gru = nn.GRU(d, h, num_layers=2, batch_first=True)
        self.head = nn.Linear(h, 2)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.head(o[:, -1])


def train(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(steps):
        x, y = torch.randn(5, 8, 3), torch.randn(5, 2)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()


def sensitivity(model, x):
    fn = lambda inp: model(inp.unsqueeze(0)).squeeze(0)
    with torch.backends.cudnn.flags(enabled=False):
        J = jacrev(fn)(x)
    return J.abs().sum(dim=(0, 2))


model = LeafGRU()
train(model)
model.eval()
imp = sensitivity(model, torch.randn(8, 3))
print("timestep importance", imp.shape, float(imp.sum()))
