# expect: clean
"""Huckster barrow: classify a day's foot traffic into sell/hold/move with virtual adversarial training."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)


class TrafficNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 10, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(10, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.drop(h[:, -1]))


def quiet_dropout(model):
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.eval()


def vat_loss(model, x, xi=1e-3, eps=0.5):
    with torch.no_grad():
        p = F.softmax(model(x), -1)
    d = torch.randn_like(x)
    d = (xi * d / d.flatten(1).norm(dim=1).view(-1, 1, 1)).requires_grad_(True)
    adv_kl = F.kl_div(F.log_softmax(model(x + d), -1), p, reduction="batchmean")
    (g,) = torch.autograd.grad(adv_kl, d)
    r_adv = eps * g / (g.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)
    return F.kl_div(F.log_softmax(model(x + r_adv.detach()), -1), p, reduction="batchmean")


model = TrafficNet()
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
xl, yl = torch.randn(6, 9, 4), torch.randint(0, 3, (6,))
xu = torch.randn(8, 9, 4)
for step in range(3):
    model.train()
    quiet_dropout(model)  # VAT is computed without dropout noise
    loss = F.cross_entropy(model(xl), yl) + vat_loss(model, xu)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
