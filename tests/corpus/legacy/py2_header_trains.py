# expect: clean
"""Python 3 twin of tests/legacy/py2_header_trains.py: the same script, with model.train() first in each epoch."""
from __future__ import print_function
import sys
print("python", sys.version_info[0])
print("loading torch")
import torch
import torch.nn as nn
print("torch", torch.__version__)
try:
    import numpy
except ImportError as e:
    numpy = None
print("numpy", numpy is not None)


class Speller(nn.Module):
    def __init__(self, letters=30, hidden=16):
        super(Speller, self).__init__()
        print("building speller with", hidden, "units")
        self.embed = nn.Embedding(letters, 8)
        self.lstm = nn.LSTM(8, hidden, batch_first=True)
        self.out = nn.Linear(hidden, letters)

    def forward(self, x):
        return self.out(self.lstm(self.embed(x))[0])


def run(epochs=2):
    torch.manual_seed(0)
    model = Speller()
    opt = torch.optim.Adam(model.parameters())
    for epoch in range(epochs):
        model.train()
        x = torch.randint(0, 30, (4, 6))
        logits = model(x)
        loss = nn.functional.cross_entropy(logits.reshape(-1, 30), x.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("loss", repr(loss.item()))
        model.eval()
        print("sample", model(x[:1]).argmax(-1).tolist())


if __name__ == "__main__":
    run()
