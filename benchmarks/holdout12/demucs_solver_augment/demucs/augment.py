import torch
from torch import nn


class Shift(nn.Module):
    def __init__(self, shift=8):
        super().__init__()
        self.shift = shift

    def forward(self, wav):
        if not self.training:
            return wav
        offset = int(torch.randint(self.shift, ()).item())
        return torch.roll(wav, offset, dims=-1)


class FlipSign(nn.Module):
    def forward(self, wav):
        if self.training:
            signs = torch.randint(2, (wav.size(0), wav.size(1), 1, 1)).float()
            wav = wav * (2 * signs - 1)
        return wav
