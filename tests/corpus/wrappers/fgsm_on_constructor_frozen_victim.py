# expect: crash
"""An FGSM step against a victim whose constructor freezes all its weights: the input needs grad, so the
backward still runs through the eval-mode LSTM (frozen is not enough)."""
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
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return x.grad.sign()


x = torch.randn(2, 5, 4, requires_grad=True)
print(attack(Victim(), x, torch.tensor([0, 1])).shape)
