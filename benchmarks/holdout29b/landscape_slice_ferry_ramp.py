# expect: crash
"""Ferry-ramp wear model: loss-landscape slice between two checkpoints. Along the
line we also record the directional derivative, which needs a backward."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(7)


class RampWear(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True, bidirectional=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(o.mean(1)).squeeze(-1)


def train_few(m, x, y):
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    for _ in range(3):
        l = nn.functional.mse_loss(m(x), y)
        opt.zero_grad(); l.backward(); opt.step()
    return m


x, y = torch.randn(5, 7, 3), torch.randn(5)
a = train_few(RampWear(), x, y)
b = train_few(copy.deepcopy(a), x + 0.1, y)
sa, sb = a.state_dict(), b.state_dict()
probe = RampWear().eval()
direction = {k: sb[k] - sa[k] for k in sa}
for alpha in (0.0, 0.5, 1.0):
    probe.load_state_dict({k: sa[k] + alpha * direction[k] for k in sa})
    probe.zero_grad()
    loss = nn.functional.mse_loss(probe(x), y)
    loss.backward()  # TM001-here
    dd = sum((p.grad * direction[n]).sum() for n, p in probe.named_parameters())
    print(f"alpha={alpha:.1f} loss={loss.item():.4f} d/dalpha={dd.item():.4f}")
