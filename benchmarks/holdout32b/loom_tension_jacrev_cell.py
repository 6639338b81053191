# expect: clean
"""Loom warp tension: sensitivity of the predicted tension to each heddle reading via torch.func.jacrev.
The recurrent part is an unrolled LSTMCell."""
import torch
from torch import nn
from torch.func import functional_call, jacrev

torch.manual_seed(13)


class TensionCell(nn.Module):
    def __init__(self, n_heddles=4, hidden=6):
        super().__init__()
        self.cell = nn.LSTMCell(n_heddles, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, seq):
        h = seq.new_zeros(seq.shape[0], self.cell.hidden_size)
        c = torch.zeros_like(h)
        for t in range(seq.shape[1]):
            h, c = self.cell(seq[:, t], (h, c))
        return self.out(h).squeeze(-1)


def build_pair(hidden=6):
    net = TensionCell(hidden=hidden)
    return net, torch.optim.SGD(net.parameters(), lr=0.05)


def warm_up(pair, steps=3):
    net, opt = pair
    net.train()
    for _ in range(steps):
        x = torch.randn(4, 5, 4)
        loss = (net(x) - x.sum((1, 2)) * 0.1).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return pair


def sensitivity(pair, pick):
    net, _ = pair
    net.eval()
    params = {k: v.detach() for k, v in net.named_parameters()}

    def tension(seq):
        return functional_call(net, params, (seq.unsqueeze(0),)).squeeze(0)

    return jacrev(tension)(pick)


if __name__ == "__main__":
    pair = warm_up(build_pair())
    jac = sensitivity(pair, torch.randn(5, 4))
    print("most sensitive heddle per pick:", jac.abs().argmax(-1).tolist())
