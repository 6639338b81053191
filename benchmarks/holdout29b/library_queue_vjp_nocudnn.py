# expect: clean
"""Library self-checkout queue: saliency with torch.func.vjp after an eval() for
reporting; the whole attribution runs inside cudnn.flags(enabled=False)."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(13)


class QueueNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8)
        self.fc = nn.Linear(8, 1)

    def forward(self, seq):
        o, _ = self.gru(seq.unsqueeze(1))
        return self.fc(o[-1, 0])


def attribute(model, seq):
    with torch.backends.cudnn.flags(enabled=False):
        out, pullback = vjp(model, seq)
        (g,) = pullback(torch.ones_like(out))
    return g.squeeze(-1)


net = QueueNet()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for _ in range(3):
    s = torch.rand(10, 1)
    loss = (net(s) - s.sum()).pow(2).mean()
    opt.zero_grad(); loss.backward(); opt.step()

net.eval()
sal = attribute(net, torch.rand(10, 1))
print("saliency", [round(v, 3) for v in sal.tolist()])
