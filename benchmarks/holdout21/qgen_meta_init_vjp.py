# expect: crash
"""Question generation with a meta-learned initialisation: a functional inner step with torch.func.vjp."""
import torch
import torch.nn as nn
from torch.func import functional_call, vjp

torch.manual_seed(12)
VOCAB, EMB, HID = 30, 8, 12


class QGen(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.enc = nn.GRU(EMB, HID, batch_first=True)
        self.dec = nn.Linear(HID, VOCAB)

    def forward(self, passage):
        h, _ = self.enc(self.emb(passage))
        return self.dec(h)


def task(b=2, t=7):
    x = torch.randint(0, VOCAB, (b, t))
    return x, torch.roll(x, -1, 1)


net = QGen()
meta = {k: v.detach().clone().requires_grad_(True) for k, v in net.named_parameters()}
outer = torch.optim.Adam(meta.values(), lr=1e-3)
inner_lr = 0.1

for episode in range(2):
    x, y = task()

    def support_loss(p):
        logits = functional_call(net, p, (x,))
        return nn.functional.cross_entropy(logits.reshape(-1, VOCAB), y.reshape(-1))

    loss, pullback = vjp(support_loss, meta)  # TM002-here
    (g,) = pullback(torch.ones_like(loss))
    fast = {k: meta[k] - inner_lr * g[k] for k in meta}
    qx, qy = task()
    q_loss = nn.functional.cross_entropy(functional_call(net, fast, (qx,)).reshape(-1, VOCAB), qy.reshape(-1))
    outer.zero_grad()
    q_loss.backward()
    outer.step()
    print("episode", episode, "query loss", round(q_loss.item(), 4))
