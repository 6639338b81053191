# expect: clean
"""Clock winding: classify whether a turret clock's escapement needs winding
from a day of pendulum-amplitude readings. Adversarially robust training: a
perturbation probe built around the model crafts worst-case amplitude drifts."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)


class EscapementNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.drop(h.mean(1)))


class DriftProbe:
    """Crafts small amplitude drifts that maximise the loss (FGSM-like)."""

    def __init__(self, model, eps=0.05):
        self.model = copy.deepcopy(model)
        self.model.eval()
        self.eps = eps

    def refresh(self, model):
        self.model.load_state_dict(model.state_dict())

    def craft(self, x, y):
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.cross_entropy(self.model(x), y)
            (gx,) = torch.autograd.grad(loss, x)
        return (x + self.eps * gx.sign()).detach()


def readings(n):
    return [(torch.randn(4, 12, 2), torch.randint(0, 3, (4,))) for _ in range(n)]


def main():
    model = EscapementNet()
    probe = DriftProbe(model)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for epoch in range(2):
        probe.refresh(model)
        total = 0.0
        for x, y in readings(4):
            x_adv = probe.craft(x, y)
            opt.zero_grad()
            loss = 0.5 * (F.cross_entropy(model(x), y) + F.cross_entropy(model(x_adv), y))
            loss.backward()
            opt.step()
            total += loss.item()
        print(f"epoch {epoch}: robust loss {total / 4:.3f}")


if __name__ == "__main__":
    main()
