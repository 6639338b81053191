# expect: crash
"""Morse decoding: online (mutual) distillation between a GRU peer and an LSTM peer."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(30)


class Peer(nn.Module):
    def __init__(self, cell):
        super().__init__()
        self.rnn = cell(1, 8, batch_first=True)
        self.out = nn.Linear(8, 6)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o[:, -1])


a, b = Peer(nn.GRU), Peer(nn.LSTM)
opt_a = torch.optim.Adam(a.parameters(), 1e-2)
opt_b = torch.optim.Adam(b.parameters(), 1e-2)
keying, letter = torch.rand(4, 10, 1), torch.randint(0, 6, (4,))


def peer_targets(peer, x):
    peer.eval()  # no dropout noise in the targets
    return F.softmax(peer(x), -1)


for step in range(3):
    a.train()
    la = a(keying)
    tb = peer_targets(b, keying)
    loss_a = F.cross_entropy(la, letter) + F.kl_div(F.log_softmax(la, -1), tb, reduction="batchmean")
    opt_a.zero_grad()
    opt_b.zero_grad()
    loss_a.backward()  # TM001-here
    opt_a.step()
    b.train()
    lb = b(keying)
    loss_b = F.cross_entropy(lb, letter) + F.kl_div(F.log_softmax(lb, -1), F.softmax(la.detach(), -1),
                                                    reduction="batchmean")
    opt_b.zero_grad()
    loss_b.backward()
    opt_b.step()
    print(step, loss_a.item(), loss_b.item())
