# expect: clean
"""The loss is computed in train mode; the script then switches to eval for a logged validation number
before calling backward on the training loss."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
net = nn.ModuleDict({"rnn": nn.GRU(3, 8, batch_first=True), "fc": nn.Linear(8, 1)})


def run(x):
    return net["fc"](net["rnn"](x)[0][:, -1]).squeeze(-1)


opt = torch.optim.SGD(net.parameters(), lr=0.05)
xv, yv = torch.randn(4, 5, 3), torch.randn(4)
for step in range(3):
    net.train()
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    loss = F.mse_loss(run(x), y)
    net.eval()
    with torch.no_grad():
        val = F.mse_loss(run(xv), yv).item()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step}: train {loss.item():.4f} val {val:.4f}")
