# expect: clean
"""Smokehouses: kiln temperature traces -> cure grade. Sensitivity of the grade to the sensor calibration layer."""
import torch
from torch import nn

torch.manual_seed(0)


class CureNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.calib = nn.Linear(4, 4)
        self.lstm = nn.LSTM(4, 10, batch_first=True)
        self.grade = nn.Linear(10, 3)

    def forward(self, x):
        h, _ = self.lstm(self.calib(x))
        return self.grade(h[:, -1])


def train(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = torch.randn(4, 8, 4), torch.randint(0, 3, (4,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def sensitivity(model, x, layer):
    logits = model(x)
    score = logits.logsumexp(-1).sum()
    (g,) = torch.autograd.grad(score, [layer.weight])
    return g.norm().item()


model = CureNet()
train(model)
model.eval()
x = torch.randn(3, 8, 4)
print("grade-layer sensitivity", sensitivity(model, x, model.grade))
