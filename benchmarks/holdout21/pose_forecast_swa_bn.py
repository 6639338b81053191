# expect: crash
"""Human pose forecasting (joint angles) with a hand-rolled SWA average and a BN refresh pass."""
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


def average_into(swa, model, n_avg):
    for ps, pm in zip(swa.parameters(), model.parameters()):
        ps.data.mul_(n_avg / (n_avg + 1)).add_(pm.data / (n_avg + 1))


def refresh_bn(swa, n=3):
    swa.train()
    with torch.no_grad():
        for _ in range(n):
            swa(batch()[0])


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
    if epoch == 1:
        swa = copy.deepcopy(model)
        n_avg = 1
    elif swa is not None:
        average_into(swa, model, n_avg)
        n_avg += 1
    print("epoch", epoch, "mpjpe", round(mpjpe(model), 4))

refresh_bn(swa)
print("swa mpjpe", round(mpjpe(swa), 4))

# short fine-tune of the averaged weights at a low learning rate
ft = torch.optim.SGD(swa.parameters(), lr=0.005)
for _ in range(2):
    x, y = batch()
    loss = (swa(x) - y).pow(2).mean()
    ft.zero_grad()
    loss.backward()  # TM001-here
    ft.step()
print("done")
