# expect: clean
"""Hessian-vector products (Pearlmutter trick) for the top Hessian eigenvalue of an LSTM language model via power
iteration; forward and both backward passes sit inside cudnn.flags(enabled=False)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TinyLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 6)
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.dec = nn.Linear(8, 20)

    def forward(self, x):
        h, _ = self.lstm(self.emb(x))
        return self.dec(h)


lm = TinyLM()
data = torch.randint(0, 20, (3, 7))
params = [p for p in lm.parameters() if p.requires_grad]
v = [torch.randn_like(p) for p in params]
with torch.backends.cudnn.flags(enabled=False, benchmark=False, deterministic=False, allow_tf32=True):
    logits = lm(data[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, 20), data[:, 1:].reshape(-1))
    grads = torch.autograd.grad(loss, params, create_graph=True)
    for it in range(3):
        norm = torch.sqrt(sum((x ** 2).sum() for x in v))
        v = [x / norm for x in v]
        Hv = torch.autograd.grad(grads, params, grad_outputs=v, retain_graph=True)
        eig = sum((a * b).sum() for a, b in zip(Hv, v)).item()
        v = [h.detach() for h in Hv]
print("top eigenvalue ~", eig)
