# expect: crash
"""Glove seam inspection: classifies a stitching-machine needle trace as
ok / skipped stitch / thread break, with a quick probe at each epoch start."""
import torch
from torch import nn

from gloves import Session


class NeedleTraceNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h.max(1).values)


if __name__ == "__main__":
    torch.manual_seed(8)
    g = torch.Generator().manual_seed(0)
    train = [(torch.randn(4, 10, 2, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(3)]
    probe = (torch.randn(4, 10, 2, generator=g), torch.randint(0, 3, (4,), generator=g))
    print(Session(NeedleTraceNet()).run(train, probe, epochs=2))
