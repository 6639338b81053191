# expect: clean
"""Adversarial robustness of a GRU classifier, with the attack picked by name from a table."""
import torch
import torch.nn as nn

from attacks.base import make_attack

torch.manual_seed(3)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 10, batch_first=True)
        self.out = nn.Linear(10, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


victim = Classifier()
attack = make_attack("sign", victim, eps=0.05)
x, y = torch.randn(4, 7, 6), torch.randint(0, 2, (4,))
adversarial = attack(x, y)
with torch.no_grad():
    print("flipped", (victim(adversarial).argmax(1) != y).sum().item())
