# expect: clean
"""Gait recognition fine-tuning with frozen normalisation statistics (norm layers only)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

NORMS = (nn.BatchNorm1d, nn.LayerNorm)


class GaitNet(nn.Module):
    def __init__(self, feat=10, hidden=8, emb=6):
        super().__init__()
        self.bn = nn.BatchNorm1d(feat)
        self.gru = nn.GRU(feat, hidden, batch_first=True)
        self.emb = nn.Linear(hidden, emb)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        _, h = self.gru(x)
        return F.normalize(self.emb(h[-1]), dim=-1)


def freeze_norms(model):
    for m in model.modules():
        if isinstance(m, NORMS):
            m.eval()
    return model


def triplets(bs=6, t=7, f=10):
    a = torch.randn(bs, t, f)
    return a, a + 0.1 * torch.randn_like(a), torch.randn(bs, t, f)


def main():
    torch.manual_seed(1)
    net = GaitNet()
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    net.train()
    freeze_norms(net)
    for it in range(3):
        a, p, n = triplets()
        loss = F.triplet_margin_loss(net(a), net(p), net(n), margin=0.3)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, float(loss))


if __name__ == "__main__":
    main()
