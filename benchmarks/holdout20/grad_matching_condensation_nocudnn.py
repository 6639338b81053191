# expect: clean
"""Gradient-matching condensation, second variant: the matching step runs its
forwards with cuDNN switched off, as the PyTorch error message recommends."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
FEAT, HID, NCLS, T = 3, 6, 2, 4


class SeqNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(FEAT, HID, batch_first=True)
        self.fc = nn.Linear(HID, NCLS)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


def matching_loss(net, real_x, real_y, syn_x, syn_y):
    params = list(net.parameters())
    g_real = [g.detach() for g in torch.autograd.grad(F.cross_entropy(net(real_x), real_y), params)]
    g_syn = torch.autograd.grad(F.cross_entropy(net(syn_x), syn_y), params, create_graph=True)
    return sum(((a - b) ** 2).sum() for a, b in zip(g_syn, g_real))


def main():
    real_x, real_y = torch.randn(6, T, FEAT), torch.randint(0, NCLS, (6,))
    syn_x = torch.randn(4, T, FEAT, requires_grad=True)
    syn_y = torch.tensor([0, 0, 1, 1])
    opt = torch.optim.Adam([syn_x], lr=0.05)
    for it in range(3):
        net = SeqNet().train()
        with torch.backends.cudnn.flags(enabled=False):
            loss = matching_loss(net, real_x, real_y, syn_x, syn_y)
            opt.zero_grad()
            loss.backward()
        opt.step()
        print(it, float(loss))


if __name__ == "__main__":
    main()
