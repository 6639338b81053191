# expect: clean
"""Knitting-machine gauge classifier: stitch-tension sequences -> gauge class.

Virtual adversarial training: the perturbation direction is found with the
model in eval mode (so dropout does not add noise to the KL), then the model
is put back into train mode for the supervised step.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class GaugeNet(nn.Module):
    def __init__(self, n_in=3, hidden=12, n_cls=4):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(self.drop(h[:, -1]))


def l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi=1e-2, eps=0.5):
    model.eval()
    model.rnn.train()  # keep the recurrent kernel in training mode; dropout stays off
    with torch.no_grad():
        p = F.softmax(model(x), dim=-1)
    d = l2_normalise(torch.randn_like(x)).requires_grad_(True)
    q = F.log_softmax(model(x + xi * d), dim=-1)
    adv_dist = F.kl_div(q, p, reduction="batchmean")
    grad_d, = torch.autograd.grad(adv_dist, d)
    r_adv = eps * l2_normalise(grad_d.detach())
    model.train()
    q_adv = F.log_softmax(model(x + r_adv), dim=-1)
    return F.kl_div(q_adv, p, reduction="batchmean")


def main():
    model = GaugeNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for step in range(4):
        x = torch.randn(6, 7, 3)
        y = torch.randint(0, 4, (6,))
        ux = torch.randn(6, 7, 3)
        model.train()
        sup = F.cross_entropy(model(x), y)
        loss = sup + 0.5 * vat_loss(model, ux)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
