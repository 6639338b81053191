# expect: clean
"""Gradient-norm monitoring with create_graph=True but no second backward: a training loop
for a GRU language model computes the parameter-gradient norm with autograd.grad(...,
create_graph=True) (copied from a gradient-penalty recipe) and only logs it; the update
itself is a plain first-order loss.backward() in train mode.
"""
import torch
from torch import nn


class TinyLM(nn.Module):
    def __init__(self, vocab=20):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.rnn = nn.GRU(8, 16, batch_first=True)
        self.proj = nn.Linear(16, vocab)

    def forward(self, ids):
        return self.proj(self.rnn(self.emb(ids))[0])


def grad_norm(loss, params):
    grads = torch.autograd.grad(loss, params, create_graph=True, retain_graph=True)
    return torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()


if __name__ == "__main__":
    torch.manual_seed(46)
    lm = TinyLM()
    opt = torch.optim.Adam(lm.parameters(), lr=1e-2)
    params = [p for p in lm.parameters() if p.requires_grad]
    for step in range(4):
        ids = torch.randint(0, 20, (4, 9))
        logits = lm(ids[:, :-1])
        loss = nn.functional.cross_entropy(logits.reshape(-1, 20), ids[:, 1:].reshape(-1))
        gn = grad_norm(loss, params)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 3), "grad-norm", round(gn, 3))
