# expect: clean
"""Virtual adversarial training for a freight-lane GRU classifier: KL probe around the clean prediction."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(15)


class LaneGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 10, batch_first=True)
        self.fc = nn.Linear(10, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


def l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_direction(model, x, xi=1e-6, iters=1):
    was = model.training
    model.eval()
    model.gru.train()  # the GRU has no dropout; keep it on the training kernel
    with torch.no_grad():
        p_clean = F.softmax(model(x), -1)
    d = l2_normalise(torch.randn_like(x))
    for _ in range(iters):
        d.requires_grad_(True)
        kl = F.kl_div(F.log_softmax(model(x + xi * d), -1), p_clean, reduction="batchmean")
        grad, = torch.autograd.grad(kl, d)
        d = l2_normalise(grad.detach())
    model.train(was)
    return d, p_clean


def train_step(model, opt, x, y, x_unl, eps=1.0):
    r_adv, p_clean = vat_direction(model, x_unl)
    lds = F.kl_div(F.log_softmax(model(x_unl + eps * r_adv), -1), p_clean, reduction="batchmean")
    loss = F.cross_entropy(model(x), y) + lds
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    m = LaneGRU().train()
    opt = torch.optim.Adam(m.parameters(), 1e-3)
    print(train_step(m, opt, torch.randn(4, 8, 6), torch.randint(0, 3, (4,)), torch.randn(6, 8, 6)))
