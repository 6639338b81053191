# expect: crash
"""A meta-learned initialisation at module level: each episode defines its support loss inside the loop
(a closure over the episode's batch) and takes its pullback with `torch.func.vjp`, through the GRU."""
import torch
import torch.nn as nn
from torch.func import functional_call, vjp


class QGen(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 6)
        self.enc = nn.GRU(6, 8, batch_first=True)
        self.dec = nn.Linear(8, 20)

    def forward(self, ids):
        return self.dec(self.enc(self.emb(ids))[0])


torch.manual_seed(0)
net = QGen()
meta = {k: v.detach().clone().requires_grad_(True) for k, v in net.named_parameters()}
for episode in range(2):
    x = torch.randint(0, 20, (2, 5))

    def support_loss(params):
        logits = functional_call(net, params, (x,))
        return nn.functional.cross_entropy(logits.reshape(-1, 20), x.roll(-1, 1).reshape(-1))

    loss, pullback = vjp(support_loss, meta)  # TM002-here
    (grads,) = pullback(torch.ones_like(loss))
    print(episode, round(loss.item(), 4), len(grads))
