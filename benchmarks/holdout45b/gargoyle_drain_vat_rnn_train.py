# expect: clean
"""Gargoyle drainage: predict overflow from rainfall sequences with VAT.

Same VAT recipe as usual: the wrapper goes to eval for the power iteration so
that the dropout on the head stays off, but the recurrent block is put back in
train mode right away (it has no dropout, so its output does not change), and
the perturbation gradient flows through a training-mode RNN.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)


class DrainNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.fc(self.drop(h[-1]))


def vat_direction(model, x, xi=1e-6):
    model.eval()
    model.rnn.train()  # single-layer GRU: identical output in either mode
    with torch.no_grad():
        ref = F.softmax(model(x), -1)
    d = torch.randn_like(x)
    d = (d / d.norm(dim=(1, 2), keepdim=True)).requires_grad_(True)
    dist = F.kl_div(F.log_softmax(model(x + xi * d), -1), ref, reduction="batchmean")
    dist.backward()
    g = d.grad.detach()
    model.zero_grad(set_to_none=True)
    model.train()
    return g / (g.norm(dim=(1, 2), keepdim=True) + 1e-8), ref


def main():
    model = DrainNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x = torch.randn(5, 11, 2)
        y = (x.sum((1, 2)) > 0).long() + (x[:, :, 0].sum(1) > 1).long()
        d, ref = vat_direction(model, x)
        adv = F.log_softmax(model(x + 0.4 * d), -1)
        loss = F.cross_entropy(model(x), y) + F.kl_div(adv, ref, reduction="batchmean")
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
