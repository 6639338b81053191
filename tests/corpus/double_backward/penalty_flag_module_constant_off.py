# expect: clean
"""A gradient penalty behind a module-level switch: USE_PENALTY is False, so the input gradient kept with
`create_graph=True` never enters the loss and nothing is differentiated twice through the GRU
(penalty_flag_module_constant_on: the switch on)."""
import torch
import torch.nn as nn

USE_PENALTY = False


class Pricer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1]).squeeze(-1)


net = Pricer().train()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)


def train_step(x, y):
    x = x.clone().requires_grad_(True)
    loss = (net(x) - y).pow(2).mean()
    (g,) = torch.autograd.grad(loss, x, create_graph=True)
    total = loss + (0.1 * g.pow(2).sum() if USE_PENALTY else 0.0)
    opt.zero_grad()
    total.backward()
    opt.step()
    return loss.item(), g.norm().item()


for _ in range(2):
    print(train_step(torch.randn(6, 7, 2), torch.randn(6)))
