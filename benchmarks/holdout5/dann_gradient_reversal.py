# expect: crash
# category: script
"""Domain-adversarial training (DANN) with a gradient reversal layer, GRU feature extractor for
accelerometer windows, source labelled / target unlabelled."""
import torch
import torch.nn as nn
from torch.autograd import Function

torch.manual_seed(7)


class GradReverse(Function):
    @staticmethod
    def forward(ctx, x, alpha):
        ctx.alpha = alpha
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.neg() * ctx.alpha, None


class DANN(nn.Module):
    def __init__(self, n_in=3, hidden=12, n_classes=4):
        super().__init__()
        self.feature = nn.GRU(n_in, hidden, batch_first=True)
        self.class_classifier = nn.Sequential(nn.Linear(hidden, 16), nn.ReLU(), nn.Dropout(), nn.Linear(16, n_classes))
        self.domain_classifier = nn.Sequential(nn.Linear(hidden, 16), nn.ReLU(), nn.Linear(16, 2))

    def forward(self, x, alpha):
        _, h = self.feature(x)
        feat = h[-1]
        return self.class_classifier(feat), self.domain_classifier(GradReverse.apply(feat, alpha))


def loader(n, shift=0.0):
    return [(torch.randn(8, 15, 3) + shift, torch.randint(0, 4, (8,))) for _ in range(n)]


source, target, target_test = loader(3), loader(3, shift=0.7), loader(2, shift=0.7)
net = DANN()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
loss_class, loss_domain = nn.CrossEntropyLoss(), nn.CrossEntropyLoss()
n_epoch = 2


def test(model, data):
    model.train(False)
    correct = 0
    with torch.no_grad():
        for x, y in data:
            logits, _ = model(x, alpha=0.0)
            correct += (logits.argmax(1) == y).sum().item()
    return correct / (8 * len(data))


net.train()
for epoch in range(n_epoch):
    for i, ((xs, ys), (xt, _)) in enumerate(zip(source, target)):
        p = float(i + epoch * len(source)) / n_epoch / len(source)
        alpha = 2.0 / (1.0 + torch.exp(torch.tensor(-10 * p)).item()) - 1
        class_out, dom_s = net(xs, alpha)
        _, dom_t = net(xt, alpha)
        err = loss_class(class_out, ys) + loss_domain(dom_s, torch.zeros(8, dtype=torch.long)) \
            + loss_domain(dom_t, torch.ones(8, dtype=torch.long))
        optimizer.zero_grad()
        err.backward()  # TM001-here
        optimizer.step()
    print(f"epoch {epoch}: err {err.item():.3f} target acc {test(net, target_test):.3f}")
