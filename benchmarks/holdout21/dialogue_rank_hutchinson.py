# expect: crash
"""Dialogue response ranking (dual LSTM encoder) with a Hutchinson Hessian-trace regulariser."""
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
        return (c[-1] @ self.M) @ r[-1].t()  # B x B: in-batch negatives


def hutchinson_trace(loss, params, probes=1):
    grads = torch.autograd.grad(loss, params, create_graph=True)
    est = 0.0
    for _ in range(probes):
        vs = [torch.randint_like(g, 2) * 2 - 1 for g in grads]
        gv = sum((g * v).sum() for g, v in zip(grads, vs))
        hv = torch.autograd.grad(gv, params, retain_graph=True)  # TM003-here
        est = est + sum((h * v).sum() for h, v in zip(hv, vs))
    return est / probes


model = DualEncoder()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for step in range(2):
    ctx = torch.randint(0, VOCAB, (4, 9))
    rsp = torch.randint(0, VOCAB, (4, 6))
    scores = model(ctx, rsp)
    loss = F.cross_entropy(scores, torch.arange(4))
    params = [p for p in model.parameters() if p.requires_grad]
    trace = hutchinson_trace(loss, params)
    total = loss + 1e-3 * trace.detach()
    opt.zero_grad()
    total.backward()
    opt.step()
    print(step, "loss", round(loss.item(), 4), "trace", round(float(trace), 4))
