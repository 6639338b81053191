# expect: clean
"""Pose forecasting with a hand-rolled SWA; the averaged copy is taken while the model trains."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(1)
J, HID, B, T = 6, 12, 4, 8


class PoseGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm1d(J)
        self.enc = nn.GRU(J, HID, batch_first=True)
        self.dec = nn.Linear(HID, J)

    def forward(self, seq):
        z = self.bn(seq.transpose(1, 2)).transpose(1, 2)
        h, _ = self.enc(z)
        return seq[:, -1] + self.dec(h[:, -1])


def batch():
    seq = torch.cumsum(0.1 * torch.randn(B, T + 1, J), dim=1)
    return seq[:, :-1], seq[:, -1]


def mpjpe(model):
    model.eval()
    with torch.no_grad():
        x, y = batch()
        return (model(x) - y).norm(dim=-1).mean().item()


model = PoseGRU()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
swa = None
for epoch in range(3):
    model.train()
    for _ in range(3):
        x, y = batch()
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    if swa is None and epoch == 1:
        swa = copy.deepcopy(model)  # copied while model.training is True
    print("epoch", epoch, "mpjpe", round(mpjpe(model), 4))

ft = torch.optim.SGD(swa.parameters(), lr=0.005)
for _ in range(2):
    x, y = batch()
    loss = (swa(x) - y).pow(2).mean()
    ft.zero_grad()
    loss.backward()
    ft.step()
print("swa mpjpe", round(mpjpe(swa), 4))
