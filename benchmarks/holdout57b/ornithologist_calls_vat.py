# expect: clean
"""Ornithologist call classifier trained with virtual adversarial training.
The wrapper turns its own flag off for the adversarial pass so the label
smoothing branch is skipped; the recurrent encoder keeps its own mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
N_MEL, HID, SPECIES = 5, 12, 4


class CallEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(N_MEL, HID, batch_first=True)
        self.drop = nn.Dropout(0.2)

    def forward(self, x):
        out, h = self.gru(x)
        return self.drop(h[-1])


class CallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = CallEncoder()
        self.cls = nn.Linear(HID, SPECIES)

    def forward(self, x):
        logits = self.cls(self.encoder(x))
        if self.training:
            logits = logits * 0.9
        return logits


def kl_div(p_logits, q_logits):
    p = F.softmax(p_logits, dim=-1)
    return (p * (F.log_softmax(p_logits, -1) - F.log_softmax(q_logits, -1))).sum(-1).mean()


def vat_loss(model, x, xi=1e-2, eps=0.5):
    with torch.no_grad():
        clean_logits = model(x)
    model.training = False
    d = torch.randn_like(x)
    d = xi * d / d.norm(dim=(1, 2), keepdim=True)
    d.requires_grad_(True)
    adv_dist = kl_div(clean_logits, model(x + d))
    (grad_d,) = torch.autograd.grad(adv_dist, d)
    r_adv = eps * grad_d / (grad_d.norm(dim=(1, 2), keepdim=True) + 1e-8)
    loss = kl_div(clean_logits, model(x + r_adv.detach()))
    model.training = True
    return loss


def main():
    model = CallNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for step in range(4):
        x = torch.randn(6, 9, N_MEL)
        y = torch.randint(0, SPECIES, (6,))
        unlabeled = torch.randn(6, 9, N_MEL)
        model.train()
        sup = F.cross_entropy(model(x), y)
        loss = sup + 0.5 * vat_loss(model, unlabeled)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} sup {sup.item():.3f} total {loss.item():.3f}")


if __name__ == "__main__":
    main()
