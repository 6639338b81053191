# expect: clean
"""Ferry-ramp wear model: loss-landscape slice between two checkpoints. The probe is
in eval; the directional derivative is a finite difference, so no backward runs."""
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


@torch.no_grad()
def loss_at(alpha):
    probe.load_state_dict({k: sa[k] + alpha * direction[k] for k in sa})
    return nn.functional.mse_loss(probe(x), y).item()


for alpha in (0.0, 0.5, 1.0):
    h = 1e-3
    dd = (loss_at(alpha + h) - loss_at(alpha - h)) / (2 * h)
    print(f"alpha={alpha:.1f} loss={loss_at(alpha):.4f} d/dalpha={dd:.4f}")
