# expect: clean
"""Trajectory prediction sensitivity with torch.func.jacrev, run inside
torch.backends.cudnn.flags(enabled=False) so the native LSTM kernels are used."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(9)
OBS, PRED = 4, 3


class TrajGRU(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.enc = nn.GRU(2, hid, batch_first=True)
        self.dec = nn.Linear(hid, PRED * 2)

    def forward(self, past):
        _, h = self.enc(past)
        return self.dec(h[-1]).view(-1, PRED, 2)


def sensitivity(model, track):
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        J = jacrev(lambda p: model(p.unsqueeze(0)).squeeze(0))(track)
    return J.abs().sum(dim=(0, 1, 3))


if __name__ == "__main__":
    model = TrajGRU()
    print(sensitivity(model, torch.randn(OBS, 2)).tolist())
