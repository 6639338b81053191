# expect: crash
"""A @contextmanager that restores train mode after its yield, without try/finally: the sample that
fails inside the `with` skips the restore, the except lets the loop go on, and the next backward runs
through the eval-mode LSTM."""
import contextlib

import torch
import torch.nn as nn


@contextlib.contextmanager
def inference(model):
    model.eval()
    yield model
    model.train()


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 12, batch_first=True)
        self.out = nn.Linear(12, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


def show(model, sample):
    if sample.abs().max() > 10:
        raise ValueError("sample out of range")
    with torch.no_grad():
        print(model(sample).argmax(-1))


torch.manual_seed(0)
model = Tagger()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
samples = [torch.full((1, 4, 6), 50.0), torch.randn(1, 4, 6)]
for sample in samples:
    loss = model(torch.randn(2, 4, 6)).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    try:
        with inference(model):
            show(model, sample)
    except ValueError as error:
        print("skipped:", error)
