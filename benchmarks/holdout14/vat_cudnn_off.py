# expect: clean
"""Virtual adversarial training (VAT) for a sentiment LSTM: the power-iteration forward/backward runs with the model
in eval — but inside `torch.backends.cudnn.flags(enabled=False)`, as the authors' note says is needed on GPU."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 8)
        self.lstm = nn.LSTM(8, 10, batch_first=True)
        self.out = nn.Linear(10, 2)

    def forward(self, ids=None, emb=None):
        emb = self.emb(ids) if emb is None else emb
        h, _ = self.lstm(emb)
        return self.out(h[:, -1])


def _l2_normalize(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, ids, xi=1e-6, eps=2.0):
    with torch.no_grad():
        pred = F.softmax(model(ids), -1)
    emb = model.emb(ids).detach()
    d = _l2_normalize(torch.randn_like(emb)).requires_grad_()
    was = model.training
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        adv_distance = F.kl_div(F.log_softmax(model(emb=emb + xi * d), -1), pred, reduction="batchmean")
        grad = torch.autograd.grad(adv_distance, d)[0]
    model.train(was)
    r_adv = eps * _l2_normalize(grad)
    return F.kl_div(F.log_softmax(model(emb=model.emb(ids) + r_adv), -1), pred, reduction="batchmean")


model = LSTMClassifier()
opt = torch.optim.Adam(model.parameters(), 1e-3)
model.train()
for step in range(3):
    ids, y = torch.randint(0, 40, (4, 5)), torch.randint(0, 2, (4,))
    unl = torch.randint(0, 40, (4, 5))
    loss = F.cross_entropy(model(ids), y) + vat_loss(model, unl)
    opt.zero_grad(); loss.backward(); opt.step()
print("vat ok")
