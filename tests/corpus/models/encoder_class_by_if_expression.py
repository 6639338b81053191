# expect: crash
"""A recipe's trainer is a namespace of classmethods: run() validates once before training (eval), and
train_one_epoch() never calls train(); the encoder picks its RNN class with an if-expression."""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, kind="blstm"):
        super().__init__()
        cls = nn.LSTM if kind.endswith("lstm") else nn.GRU
        self.enc = cls(4, 6, batch_first=True, bidirectional=kind.startswith("b"))
        self.out = nn.Linear(12 if kind.startswith("b") else 6, 3)

    def forward(self, x):
        return self.out(self.enc(x)[0][:, -1])


class Trainer:
    @classmethod
    def run(cls, model, opt, epochs):
        cls.validate(model)
        for _ in range(epochs):
            cls.train_one_epoch(model, opt)
            cls.validate(model)

    @classmethod
    def train_one_epoch(cls, model, opt):
        loss = nn.functional.cross_entropy(model(torch.randn(3, 5, 4)), torch.randint(0, 3, (3,)))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()

    @classmethod
    @torch.no_grad()
    def validate(cls, model):
        model.eval()
        return model(torch.randn(3, 5, 4)).argmax(-1)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Encoder("blstm")
    Trainer.run(model, torch.optim.Adam(model.parameters(), lr=1e-2), epochs=2)
