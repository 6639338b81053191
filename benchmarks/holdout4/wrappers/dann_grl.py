# expect: crash
"""Domain-adversarial training (DANN) with a gradient reversal layer for cross-subject EEG classification."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Function


class GradReverse(Function):
    @staticmethod
    def forward(ctx, x, lambd):
        ctx.lambd = lambd
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.neg() * ctx.lambd, None


class DANN(nn.Module):
    def __init__(self, channels=4, hidden=12, classes=2):
        super().__init__()
        self.feature = nn.LSTM(channels, hidden, num_layers=2, batch_first=True)
        self.label_head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, classes))
        self.domain_head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 2))

    def features(self, x):
        return self.feature(x)[0][:, -1]

    def forward(self, x, lambd=1.0):
        f = self.features(x)
        return self.label_head(f), self.domain_head(GradReverse.apply(f, lambd))


def target_accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x)[0].argmax(1) == y).float().mean().item()


torch.manual_seed(0)
src_x, src_y = torch.randn(16, 12, 4), torch.randint(0, 2, (16,))
tgt_x, tgt_y = torch.randn(16, 12, 4) + 0.5, torch.randint(0, 2, (16,))
model = DANN()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
n_epochs, steps = 2, 4
for epoch in range(n_epochs):
    for i in range(steps):
        p = (epoch * steps + i) / (n_epochs * steps)
        lambd = 2.0 / (1.0 + torch.exp(torch.tensor(-10.0 * p)).item()) - 1.0
        xs, ys = src_x[i * 4:(i + 1) * 4], src_y[i * 4:(i + 1) * 4]
        xt = tgt_x[i * 4:(i + 1) * 4]
        class_out, dom_s = model(xs, lambd)
        _, dom_t = model(xt, lambd)
        loss = F.cross_entropy(class_out, ys) \
            + F.cross_entropy(dom_s, torch.zeros(4, dtype=torch.long)) \
            + F.cross_entropy(dom_t, torch.ones(4, dtype=torch.long))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(f"epoch {epoch}: target acc {target_accuracy(model, tgt_x, tgt_y):.2f}")
