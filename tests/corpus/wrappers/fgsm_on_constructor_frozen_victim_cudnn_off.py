# expect: clean
"""The same FGSM step against a constructor-frozen victim, with cuDNN off around the forward the attack
differentiates."""
import torch
from torch import nn


class Victim(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 2)
        for p in self.parameters():
            p.requires_grad_(False)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def attack(model, x, y):
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    return x.grad.sign()


x = torch.randn(2, 5, 4, requires_grad=True)
print(attack(Victim(), x, torch.tensor([0, 1])).shape)
