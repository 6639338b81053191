# expect: crash
"""Model inversion against a sequence classifier, written with torch.func.grad w.r.t. the input sequence."""
import torch
import torch.nn as nn
from torch.func import grad


class Victim(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 10, batch_first=True)
        self.fc = nn.Linear(10, 4)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def class_score(x, model, target):
    return -torch.log_softmax(model(x), -1)[:, target].sum() + 1e-3 * (x ** 2).sum()


def invert(model, target, steps=5, lr=0.1):
    x = torch.zeros(1, 7, 6)
    for _ in range(steps):
        g = grad(class_score)(x, model, target)  # TM002-here
        x = x - lr * g
    return x


if __name__ == "__main__":
    torch.manual_seed(9)
    victim = Victim()
    for p in victim.parameters():
        p.requires_grad_(False)
    rec = invert(victim, target=2)
    print("recovered norm", rec.norm().item(), "pred", victim(rec).argmax().item())
