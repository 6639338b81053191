# expect: clean
"""Dual-encoder response ranking; gradient norm computed with create_graph=True for logging only (first order)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)
VOCAB, EMB, HID = 40, 8, 10


class DualEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.ctx = nn.LSTM(EMB, HID, batch_first=True)
        self.rsp = nn.LSTM(EMB, HID, batch_first=True)
        self.M = nn.Parameter(torch.eye(HID))

    def forward(self, context, responses):
        _, (c, _) = self.ctx(self.emb(context))
        _, (r, _) = self.rsp(self.emb(responses))
        return (c[-1] @ self.M) @ r[-1].t()


model = DualEncoder()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for step in range(2):
    ctx = torch.randint(0, VOCAB, (4, 9))
    rsp = torch.randint(0, VOCAB, (4, 6))
    loss = F.cross_entropy(model(ctx, rsp), torch.arange(4))
    grads = torch.autograd.grad(loss, list(model.parameters()), create_graph=True, retain_graph=True)
    gnorm = torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()  # .item(): nothing differentiates it again
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, "loss", round(loss.item(), 4), "grad-norm", round(gnorm, 4))
