# expect: crash
"""PCGrad gradient surgery for a shared GRU encoder with two task heads."""
import random
import torch
import torch.nn as nn


class Shared(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.GRU(5, 10, batch_first=True, bidirectional=True)
        self.heads = nn.ModuleList([nn.Linear(20, 3), nn.Linear(20, 1)])

    def forward(self, x):
        h, _ = self.encoder(x)
        z = h.mean(1)
        return self.heads[0](z), self.heads[1](z).squeeze(-1)


def task_losses(model, x, y_cls, y_reg):
    a, b = model(x)
    return [nn.functional.cross_entropy(a, y_cls), nn.functional.mse_loss(b, y_reg)]


def project(grads):
    out = [g.clone() for g in grads]
    order = list(range(len(grads)))
    for i in order:
        random.shuffle(order)
        for j in order:
            if i == j:
                continue
            dot = torch.dot(out[i], grads[j])
            if dot < 0:
                out[i] -= dot / grads[j].norm() ** 2 * grads[j]
    return torch.stack(out).sum(0)


def pcgrad_step(model, opt, losses):
    params = [p for p in model.parameters() if p.requires_grad]
    flat = []
    for loss in losses:
        gs = torch.autograd.grad(loss, params, retain_graph=True, allow_unused=True)  # TM001-here
        flat.append(torch.cat([(g if g is not None else torch.zeros_like(p)).flatten() for g, p in zip(gs, params)]))
    merged = project(flat)
    i = 0
    for p in params:
        n = p.numel()
        p.grad = merged[i:i + n].view_as(p)
        i += n
    opt.step()


def validate(model, x, y_cls, y_reg):
    model.encoder.eval()
    with torch.no_grad():
        return [l.item() for l in task_losses(model, x, y_cls, y_reg)]


def main():
    torch.manual_seed(0)
    random.seed(0)
    model = Shared()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, yc, yr = torch.randn(6, 4, 5), torch.randint(0, 3, (6,)), torch.randn(6)
    for epoch in range(2):
        model.heads.train()
        pcgrad_step(model, opt, task_losses(model, x, yc, yr))
        print(epoch, validate(model, x, yc, yr))


if __name__ == "__main__":
    main()
