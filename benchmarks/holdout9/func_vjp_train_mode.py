# expect: crash
"""Jacobian-regularised training of an RNN encoder in train mode: the penalty uses torch.func.vjp of the
encoder w.r.t. its input (train() does not help functorch transforms over cuDNN RNNs)."""
import torch
import torch.nn as nn
from torch.func import vjp


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, batch_first=True, nonlinearity="relu")

    def forward(self, x):
        return self.rnn(x)[1][-1]  # TM002-here


def jacobian_penalty(encoder, x, n_proj=1):
    out, pullback = vjp(encoder, x)
    total = 0.0
    for _ in range(n_proj):
        v = torch.randn_like(out)
        (jv,) = pullback(v / v.norm())
        total = total + jv.pow(2).sum() / x.shape[0]
    return total


if __name__ == "__main__":
    torch.manual_seed(0)
    encoder, head = Encoder(), nn.Linear(6, 2)
    encoder.train()
    opt = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=1e-3)
    for _ in range(2):
        x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(head(encoder(x)), y) + 0.01 * jacobian_penalty(encoder, x)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(loss.item())
