# expect: crash
"""Organ-pipe tuning: test-time augmentation with input-gradient sensitivity per augmentation."""
import torch
import torch.nn as nn

torch.manual_seed(3)
AUGS = {
    "identity": lambda s: s,
    "gain": lambda s: s * 1.1,
    "shift": lambda s: torch.roll(s, 1, dims=1),
}


class PitchNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(8, 1)

    def forward(self, s):
        return self.head(self.rnn(s)[0][:, -1]).squeeze(-1)


def tta_with_sensitivity(model, spec):
    out = {}
    for name, aug in AUGS.items():
        s = aug(spec).clone().requires_grad_(True)
        cents = model(s)
        (g,) = torch.autograd.grad(cents.sum(), s)  # TM001-here
        out[name] = (cents.detach(), g.abs().mean().item())
    return out


model = PitchNet()
model.eval()
res = tta_with_sensitivity(model, torch.randn(5, 11, 3))
for k, (c, sens) in res.items():
    print(k, round(c.mean().item(), 3), round(sens, 4))
