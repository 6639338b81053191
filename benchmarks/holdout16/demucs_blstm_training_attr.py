# expect: clean
"""Demucs-like U-Net with a BiLSTM bottleneck. The wrapper marks itself as not
training (for its own augmentation switch) by assigning the attribute directly."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BLSTM(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.lstm = nn.LSTM(dim, dim, bidirectional=True)
        self.linear = nn.Linear(2 * dim, dim)

    def forward(self, x):
        y = self.linear(self.lstm(x.permute(2, 0, 1))[0])
        return y.permute(1, 2, 0)


class Demucs(nn.Module):
    def __init__(self, ch=4):
        super().__init__()
        self.enc = nn.Sequential(nn.Conv1d(1, ch, 4, 2, 1), nn.ReLU())
        self.lstm = BLSTM(ch)
        self.dec = nn.ConvTranspose1d(ch, 1, 4, 2, 1)

    def forward(self, mix):
        if self.training:
            mix = mix * (1 + 0.1 * torch.randn(1))
        z = self.enc(mix)
        return self.dec(self.lstm(z) + z)


torch.manual_seed(0)
model = Demucs()
opt = torch.optim.Adam(model.parameters(), lr=3e-4)
model.training = False  # turn off the random gain augmentation only
for step in range(2):
    mix = torch.randn(2, 1, 16)
    loss = F.l1_loss(model(mix), mix)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("ok", loss.item())
