# expect: crash
"""Tanbark tannin sequences: dataset condensation by gradient matching through an LSTM classifier (train mode)."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class TanNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def match_loss(gs, gt):
    return sum(1 - nn.functional.cosine_similarity(a.flatten(), b.flatten(), dim=0) for a, b in zip(gs, gt))


real_x, real_y = torch.randn(8, 6, 3), torch.randint(0, 2, (8,))
syn_x = torch.randn(2, 6, 3, requires_grad=True)
syn_y = torch.tensor([0, 1])
syn_opt = torch.optim.SGD([syn_x], lr=0.1)

for outer in range(2):
    net = TanNet().train()
    params = list(net.parameters())
    g_real = torch.autograd.grad(nn.functional.cross_entropy(net(real_x), real_y), params)
    g_real = [g.detach() for g in g_real]
    g_syn = torch.autograd.grad(nn.functional.cross_entropy(net(syn_x), syn_y), params, create_graph=True)
    loss = match_loss(g_syn, g_real)
    syn_opt.zero_grad()
    loss.backward()  # TM003-here
    syn_opt.step()
print(syn_x.shape)
