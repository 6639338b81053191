# expect: clean
"""Ferry radar track classifier with virtual adversarial training.

Radar returns along a ferry crossing are classified (vessel / buoy / clutter).
Unlabelled sweeps contribute a VAT smoothness loss. The adversarial direction is
found with the head's dropout switched off, as is common in VAT reimplementations.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)

XI, EPS, POWER_ITERS = 1e-3, 0.5, 1


class RadarTracker(nn.Module):
    def __init__(self, d_in=5, hidden=12, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(d_in, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, sweeps):
        out, (h, c) = self.lstm(sweeps)
        return self.cls(self.drop(h[-1]))


def _l2_normalise(d):
    flat = d.reshape(d.size(0), -1)
    return (flat / (flat.norm(dim=1, keepdim=True) + 1e-8)).reshape(d.shape)


def kl_logits(p_logit, q_logit):
    p = F.softmax(p_logit, dim=1)
    return (p * (F.log_softmax(p_logit, 1) - F.log_softmax(q_logit, 1))).sum(1).mean()


def vat_loss(model, x):
    model.eval()  # deterministic adversarial direction
    model.lstm.train()  # cuDNN needs the recurrent layer in training mode for the power iteration
    with torch.no_grad():
        clean_logit = model(x)
    d = _l2_normalise(torch.randn_like(x))
    for _ in range(POWER_ITERS):
        d = (XI * d).requires_grad_(True)
        adv_dist = kl_logits(clean_logit, model(x + d))
        grad_d, = torch.autograd.grad(adv_dist, d)
        d = _l2_normalise(grad_d.detach())
    model.train()
    r_adv = EPS * d
    return kl_logits(clean_logit, model(x + r_adv))


def main():
    model = RadarTracker()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for step in range(4):
        model.train()
        xl = torch.randn(4, 6, 5)
        yl = torch.randint(0, 3, (4,))
        xu = torch.randn(6, 6, 5)
        opt.zero_grad()
        sup = F.cross_entropy(model(xl), yl)
        loss = sup + 0.3 * vat_loss(model, xu)
        loss.backward()
        opt.step()
        print(f"step {step} sup={sup.item():.3f} total={loss.item():.3f}")


if __name__ == "__main__":
    main()
