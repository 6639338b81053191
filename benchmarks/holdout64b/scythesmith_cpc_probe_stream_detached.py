# expect: clean
"""Scythesmith: contrastive predictive coding on hammer-vibration traces, with a linear probe trained
on validation batches. A generator yields batches and switches the encoder's mode between yields."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)
FEAT, HID, K = 3, 8, 2


class CPC(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(FEAT, HID)
        self.ar = nn.GRU(HID, HID, batch_first=True)
        self.pred = nn.ModuleList(nn.Linear(HID, HID) for _ in range(K))

    def context(self, x):
        z = torch.relu(self.enc(x))
        c, _ = self.ar(z)
        return z, c

    def nce(self, x):
        z, c = self.context(x)
        t = x.size(1) - K - 1
        loss = 0.0
        for k in range(K):
            p = self.pred[k](c[:, t])              # (B, H)
            logits = p @ z[:, t + k + 1].T          # positives on the diagonal
            loss = loss + F.cross_entropy(logits, torch.arange(x.size(0)))
        return loss / K


def stream(model, train_batches, val_batches):
    for tb, vb in zip(train_batches, val_batches):
        model.train()
        yield "train", tb
        model.eval()
        yield "probe", vb


model = CPC()
probe = nn.Linear(HID, 2)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
popt = torch.optim.SGD(probe.parameters(), lr=0.1)
train = [torch.randn(6, 10, FEAT) for _ in range(3)]
val = [(torch.randn(6, 10, FEAT), torch.randint(0, 2, (6,))) for _ in range(3)]

for phase, batch in stream(model, train, val):
    if phase == "train":
        opt.zero_grad()
        loss = model.nce(batch)
        loss.backward()
        opt.step()
    else:
        x, y = batch
        _, c = model.context(x)
        feats = c[:, -1].detach()  # the probe must not move the encoder
        ploss = F.cross_entropy(probe(feats), y)
        popt.zero_grad()
        ploss.backward()
        popt.step()
        print("probe", round(ploss.item(), 4))
