# expect: clean
"""Same sensitivity analysis as a torch.func.jacrev over an unrolled LSTMCell (no cuDNN RNN kernel
involved), model in eval mode."""
import torch
import torch.nn as nn
from torch.func import jacrev


class TrackCell(nn.Module):
    def __init__(self, d=3, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(d, hidden)
        self.head = nn.Linear(hidden, d)

    def forward(self, track):
        h = c = track.new_zeros(track.size(0), self.cell.hidden_size)
        for t in range(track.size(1)):
            h, c = self.cell(track[:, t], (h, c))
        return self.head(h)


def main():
    torch.manual_seed(4)
    model = TrackCell().eval()
    track = torch.randn(6, 3)
    jac = jacrev(lambda t: model(t[None])[0])(track)
    print("per-fix sensitivity", jac.abs().sum(dim=(0, 2)))


if __name__ == "__main__":
    main()
