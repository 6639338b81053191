# expect: clean
"""Saddle-stitch defect series: dataset condensation by gradient matching; the probe is frozen for logging only
after its forward passes have run."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)


class StitchProbe(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.cls(h[-1])


class Condenser:
    def __init__(self, n_syn=4):
        self.syn_x = torch.randn(n_syn, 6, 3, requires_grad=True)
        self.syn_y = torch.arange(n_syn) % 2
        self.opt = torch.optim.Adam([self.syn_x], lr=0.05)

    @property
    def probe(self):
        return StitchProbe()


def main():
    cond = Condenser()
    for it in range(3):
        real_x, real_y = torch.randn(8, 6, 3), torch.randint(0, 2, (8,))
        net = cond.probe
        params = list(net.parameters())
        real_loss = F.cross_entropy(net(real_x), real_y)
        syn_out = net(cond.syn_x)
        net.eval()  # for the accuracy print below; the graphs above were built in training mode
        g_real = torch.autograd.grad(real_loss, params)
        scale = torch.stack([g.norm() for g in g_real]).mean().detach()
        loss = scale * F.cross_entropy(syn_out, cond.syn_y)
        cond.opt.zero_grad()
        loss.backward()
        cond.opt.step()
        with torch.no_grad():
            acc = (net(real_x).argmax(-1) == real_y).float().mean().item()
        print(it, loss.item(), acc)


if __name__ == "__main__":
    main()
