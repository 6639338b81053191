# expect: crash
"""lacemaker: per-sample gradient norms of a bobbin-crossing sequence classifier.

Hard examples (large per-sample gradient norm) are up-weighted in the next epoch.
Per-sample gradients come from torch.func.grad + vmap-free loop over samples.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(4)
N_MOVES = 6   # cross, twist, pin, ...


class BobbinNet(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.emb = nn.Embedding(N_MOVES, 6)
        self.lstm = nn.LSTM(6, hid, batch_first=True)
        self.cls = nn.Linear(hid, 3)

    def forward(self, moves):
        h, _ = self.lstm(self.emb(moves))
        return self.cls(h[:, -1])


def make_sample_loss(model):
    def sample_loss(params, buffers, moves, label):
        logits = functional_call(model, (params, buffers), (moves.unsqueeze(0),))
        return nn.functional.cross_entropy(logits, label.unsqueeze(0))
    return sample_loss


def per_sample_norms(model, moves, labels):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(make_sample_loss(model))
    norms = []
    for i in range(moves.shape[0]):
        g = g_fn(params, buffers, moves[i], labels[i])  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


model = BobbinNet()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
weights = torch.ones(8)
for epoch in range(2):
    moves = torch.randint(0, N_MOVES, (8, 7))
    labels = torch.randint(0, 3, (8,))
    loss = (nn.functional.cross_entropy(model(moves), labels, reduction="none") * weights).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    norms = per_sample_norms(model, moves, labels)
    weights = 1.0 + norms / norms.max()
    print(epoch, loss.item(), norms.tolist()[:3])
