# expect: clean
"""Chandler wick-burn forecasting: one name `model` is bound by an if/elif over architectures; the
config picks the GRUCell variant and the loader returns every architecture in eval mode."""
import torch
import torch.nn as nn

torch.manual_seed(4)
CFG = {"arch": "gru_cell", "hidden": 8, "steps": 3}


class SeqGRU(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.rnn = nn.GRU(2, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


class CellGRU(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.cell = nn.GRUCell(2, h)
        self.fc = nn.Linear(h, 1)
        self.h = h

    def forward(self, x):
        hx = x.new_zeros(x.size(0), self.h)
        for t in range(x.size(1)):
            hx = self.cell(x[:, t], hx)
        return self.fc(hx)


class MLP(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(2 * 5, h), nn.ReLU(), nn.Linear(h, 1))

    def forward(self, x):
        return self.net(x)


if CFG["arch"] == "gru":
    model = SeqGRU(CFG["hidden"])
elif CFG["arch"] == "gru_cell":
    model = CellGRU(CFG["hidden"])
else:
    model = MLP(CFG["hidden"])
model.eval()  # warm-start checkpoints are stored in inference mode

opt = torch.optim.SGD(model.parameters(), lr=0.1)
for s in range(CFG["steps"]):
    x, y = torch.randn(4, 5, 2), torch.randn(4, 1)
    loss = (model(x) - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())
