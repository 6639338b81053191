import torch
import torch.nn.functional as F


def view_batch(angle, bs=6, t=7, feat=10):
    g = torch.Generator().manual_seed(angle)
    a = torch.randn(bs, t, feat, generator=g)
    return a, a + 0.05 * torch.randn(bs, t, feat, generator=g), torch.randn(bs, t, feat, generator=g)


def finetune_view(backbone, view_angle, steps=2):
    opt = torch.optim.SGD(backbone.parameters(), lr=0.01)
    for step in range(steps):
        a, p, n = view_batch(view_angle + step)
        loss = F.triplet_margin_loss(backbone(a), backbone(p), backbone(n), margin=0.2)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"view {view_angle} step {step} loss {float(loss):.4f}")
