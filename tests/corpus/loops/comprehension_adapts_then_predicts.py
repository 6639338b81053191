# expect: crash
"""Test-time adaptation per batch in a list comprehension: adapt() takes a gradient step and then predicts with
the net in eval mode, so the next batch's adaptation runs its backward through an eval-mode GRU."""
import torch
import torch.nn as nn


class Denoiser(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def adapt(net, batch):
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    loss = (net(batch) - batch).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    net.eval()
    with torch.no_grad():
        return net(batch)


torch.manual_seed(3)
net = Denoiser()
batches = [torch.randn(2, 5, 2) for _ in range(3)]
cleaned = [adapt(net, b) for b in batches]
print(len(cleaned))
