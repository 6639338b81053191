# expect: crash
"""Salt-pan evaporation forecaster: input sensitivity map with jacrev after training."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(4)

CFG = {"n_in": 4, "hidden": 8, "steps": 6, "epochs": 3}


class PanGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.gru = nn.GRU(cfg["n_in"], cfg["hidden"], num_layers=2, batch_first=True)
        self.lin = nn.Linear(cfg["hidden"], 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.lin(o[:, -1]).sum()


def fit(model, data):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(CFG["epochs"]):
        for x, y in data:
            opt.zero_grad()
            ((model(x) - y.sum()) ** 2).backward()
            opt.step()


def sensitivity(model, x):
    model.eval()
    with torch.backends.cudnn.flags(enabled=True):
        jac = jacrev(model)(x)  # TM002-here
    return jac.abs().mean(dim=(0, 1))


if __name__ == "__main__":
    net = PanGRU(CFG)
    data = [(torch.randn(2, CFG["steps"], CFG["n_in"]), torch.randn(2)) for _ in range(3)]
    fit(net, data)
    print("feature sensitivity", sensitivity(net, data[0][0]).tolist())
