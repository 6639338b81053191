# expect: crash
# fix: cudnn
"""Training saves the whole model after its last validation (eval); an attack loads it through a classmethod
taking the file's path, and backpropagates through the loaded encoder LSTM."""
import os
import tempfile

import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def train_and_save(path):
    model = Encoder()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(2):
        model.train()
        loss = nn.functional.cross_entropy(model(torch.randn(3, 5, 4)), torch.randint(0, 2, (3,)))
        opt.zero_grad()
        loss.backward()
        opt.step()
        model.eval()
    torch.save(model, path)


class Attack:
    def __init__(self, model):
        self.model = model

    @classmethod
    def from_file(cls, path):
        return cls(torch.load(path, weights_only=False))

    def perturb(self, x):
        delta = torch.zeros_like(x, requires_grad=True)
        self.model(x + delta).sum().backward()  # TM001-here
        return x + 0.1 * delta.grad.sign()


if __name__ == "__main__":
    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as tmp:
        ckpt = os.path.join(tmp, "encoder.pt")
        train_and_save(ckpt)
        print(Attack.from_file(ckpt).perturb(torch.randn(2, 5, 4)).shape)
