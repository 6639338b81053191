# expect: crash
"""Dataset condensation by gradient matching for a sequence classifier.

Synthetic sequences are learnt so that the network gradient on them matches the
gradient on real data; matching needs create_graph=True and a second backward.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
FEAT, HID, NCLS, T = 3, 8, 2, 5


class SeqNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(FEAT, HID, batch_first=True)
        self.fc = nn.Linear(HID, NCLS)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


def match_distance(gs, gr):
    return sum(1 - F.cosine_similarity(a.flatten(), b.flatten(), dim=0) for a, b in zip(gs, gr))


def condense(real_x, real_y, ipc=2, outer=2):
    syn_x = torch.randn(NCLS * ipc, T, FEAT, requires_grad=True)
    syn_y = torch.arange(NCLS).repeat_interleave(ipc)
    opt_syn = torch.optim.SGD([syn_x], lr=0.1)
    for it in range(outer):
        net = SeqNet()
        net.train()
        params = list(net.parameters())
        g_real = torch.autograd.grad(F.cross_entropy(net(real_x), real_y), params)
        g_real = [g.detach() for g in g_real]
        g_syn = torch.autograd.grad(F.cross_entropy(net(syn_x), syn_y), params, create_graph=True)
        loss = match_distance(g_syn, g_real)
        opt_syn.zero_grad()
        loss.backward()  # TM003-here
        opt_syn.step()
        print("iter", it, "match", float(loss))
    return syn_x.detach(), syn_y


if __name__ == "__main__":
    rx = torch.randn(8, T, FEAT)
    ry = torch.randint(0, NCLS, (8,))
    sx, sy = condense(rx, ry)
    print(sx.shape)
