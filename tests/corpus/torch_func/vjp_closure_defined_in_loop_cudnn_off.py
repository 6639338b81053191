# expect: clean
"""vjp_closure_defined_in_loop with cuDNN off around the transform: the GRU runs its native kernel, which
torch.func can differentiate."""
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

    with torch.backends.cudnn.flags(enabled=False):
        loss, pullback = vjp(support_loss, meta)
    (grads,) = pullback(torch.ones_like(loss))
    print(episode, round(loss.item(), 4), len(grads))
