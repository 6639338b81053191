# expect: crash
"""Simultaneous translation (wait-k GRU) adapted per speaker with second-order MAML on hand-held fast weights."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(15)
SRC, TGT, EMB, HID, K = 30, 30, 8, 12, 2


class WaitK(nn.Module):
    def __init__(self):
        super().__init__()
        self.src_emb = nn.Embedding(SRC, EMB)
        self.enc = nn.GRU(EMB, HID, batch_first=True)
        self.out = nn.Linear(HID, TGT)

    def forward(self, src):
        h, _ = self.enc(self.src_emb(src))
        # the target token t may only see source tokens < t + K
        idx = torch.clamp(torch.arange(src.size(1)) + K - 1, max=src.size(1) - 1)
        return self.out(h[:, idx])


def speaker_batch(b=2, t=6):
    s = torch.randint(0, SRC, (b, t))
    return s, (s * 7 + 3) % TGT


model = WaitK()
meta_opt = torch.optim.SGD(model.parameters(), lr=1e-2)
model.train()
for speaker in range(2):
    s, t = speaker_batch()
    names = [n for n, _ in model.named_parameters()]
    base = [p for _, p in model.named_parameters()]
    inner = F.cross_entropy(model(s).reshape(-1, TGT), t.reshape(-1))
    grads = torch.autograd.grad(inner, base, create_graph=True)
    fast = {n: p - 0.1 * g for n, p, g in zip(names, base, grads)}
    qs, qt = speaker_batch()
    outer = F.cross_entropy(torch.func.functional_call(model, fast, (qs,)).reshape(-1, TGT), qt.reshape(-1))
    meta_opt.zero_grad()
    outer.backward()  # TM003-here
    meta_opt.step()
    print("speaker", speaker, "query loss", round(outer.item(), 4))
