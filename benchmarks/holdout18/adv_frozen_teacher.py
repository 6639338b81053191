# expect: crash
"""Adversarial training of a student, with the perturbation crafted against a frozen teacher (eval, no grads)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.lstm = nn.LSTM(4, h, batch_first=True)
        self.fc = nn.Linear(h, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0].mean(1))


def craft(teacher, x, y, eps=0.1):
    delta = torch.zeros_like(x, requires_grad=True)
    loss = nn.functional.cross_entropy(teacher(x + delta), y)
    loss.backward()  # TM001-here
    return (x + eps * delta.grad.sign()).detach()


torch.manual_seed(14)
teacher, student = Encoder(12), Encoder(6)
teacher.requires_grad_(False)
teacher.eval()
opt = torch.optim.SGD(student.parameters(), lr=0.1)
for _ in range(2):
    x, y = torch.randn(4, 6, 4), torch.randint(0, 2, (4,))
    x_adv = craft(teacher, x, y)
    opt.zero_grad()
    nn.functional.cross_entropy(student(torch.cat([x, x_adv])), torch.cat([y, y])).backward()
    opt.step()
print("ok")
