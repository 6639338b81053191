# expect: crash
"""Music genre + mood tagging with GradNorm task balancing (differentiating a gradient norm)."""
import torch
import torch.nn as nn

torch.manual_seed(10)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.shared = nn.LSTM(8, 12, batch_first=True)
        self.genre = nn.Linear(12, 4)
        self.mood = nn.Linear(12, 3)

    def forward(self, mel):
        o, _ = self.shared(mel)
        z = o[:, -1]
        return self.genre(z), self.mood(z)


net = Tagger()
w = torch.ones(2, requires_grad=True)
opt = torch.optim.Adam(list(net.parameters()) + [w], 1e-2)
mel = torch.randn(4, 6, 8)
yg, ym = torch.randint(0, 4, (4,)), torch.randint(0, 3, (4,))
last_w = net.shared.weight_hh_l0
L0 = None
for step in range(3):
    net.train()
    g, m = net(mel)
    losses = torch.stack([nn.functional.cross_entropy(g, yg), nn.functional.cross_entropy(m, ym)])
    if L0 is None:
        L0 = losses.detach()
    norms = torch.stack([torch.autograd.grad(w[i] * losses[i], last_w, retain_graph=True, create_graph=True)[0].norm()
                         for i in range(2)])
    ratio = losses.detach() / L0
    target = norms.mean().detach() * (ratio / ratio.mean()) ** 0.5
    gn_loss = (norms - target).abs().sum()
    opt.zero_grad()
    total = (w * losses).sum() + gn_loss
    total.backward()  # TM003-here
    opt.step()
    print(step, total.item())
