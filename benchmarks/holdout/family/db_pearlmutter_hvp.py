# expect: crash
# category: double_backward
# rule: TM003
"""Hessian-vector product by double backward (Pearlmutter trick) for a Newton-CG step."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.rnn = nn.RNN(8, 8, batch_first=True)
        self.proj = nn.Linear(8, 20)

    def forward(self, ids):
        return self.proj(self.rnn(self.emb(ids))[0])


torch.manual_seed(0)
lm = LM()
ids = torch.randint(0, 20, (4, 7))
loss = nn.functional.cross_entropy(lm(ids[:, :-1]).flatten(0, 1), ids[:, 1:].flatten())
params = [p for p in lm.parameters()]
grads = torch.autograd.grad(loss, params, create_graph=True)
vec = [torch.randn_like(p) for p in params]
dot = sum((g * v).sum() for g, v in zip(grads, vec))
hv = torch.autograd.grad(dot, params)  # crash-here
print(sum(h.norm() for h in hv).item())
