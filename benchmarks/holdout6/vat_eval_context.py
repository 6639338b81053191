# expect: crash
# category: context-manager
"""Virtual adversarial training for semi-supervised sentiment with a GRU over word vectors.

The adversarial direction is searched with dropout disabled, using a small context manager."""
import contextlib
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


@contextlib.contextmanager
def evaluating(net):
    was_training = net.training
    try:
        net.eval()
        yield net
    finally:
        if was_training:
            net.train()


def l2_normalize(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi=1e-6, eps=1.0):
    with torch.no_grad():
        pred = model(x).softmax(1)
    d = l2_normalize(torch.rand_like(x) - 0.5).requires_grad_(True)
    with evaluating(model):
        adv_distance = F.kl_div(model(x + xi * d).log_softmax(1), pred, reduction="batchmean")
        adv_distance.backward()  # TM001-here
        r_adv = l2_normalize(d.grad) * eps
        model.zero_grad()
    return F.kl_div(model(x + r_adv).log_softmax(1), pred, reduction="batchmean")


class SentGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.3)
        self.gru = nn.GRU(8, 12, batch_first=True)
        self.fc = nn.Linear(12, 2)

    def forward(self, x):
        return self.fc(self.gru(self.drop(x))[1][-1])


model = SentGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for step in range(3):
    xl, yl = torch.randn(4, 7, 8), torch.randint(0, 2, (4,))
    xu = torch.randn(8, 7, 8)
    loss = F.cross_entropy(model(xl), yl) + vat_loss(model, xu)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
