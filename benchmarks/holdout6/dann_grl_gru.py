# expect: crash
# category: domain-adaptation
"""DANN for cross-subject EEG: GRU feature extractor, label classifier, domain critic via gradient reversal."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class GradReverse(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha):
        ctx.alpha = alpha
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.neg() * ctx.alpha, None


class FeatureExtractor(nn.Module):
    def __init__(self, channels=4, hidden=12):
        super().__init__()
        self.gru = nn.GRU(channels, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        out, _ = self.gru(x)
        return out.mean(1)


extractor = FeatureExtractor()
label_clf = nn.Sequential(nn.Linear(24, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 3))
domain_clf = nn.Sequential(nn.Linear(24, 16), nn.ReLU(), nn.Linear(16, 2))
params = list(extractor.parameters()) + list(label_clf.parameters()) + list(domain_clf.parameters())
optimizer = torch.optim.Adam(params, lr=1e-3)

src = [(torch.randn(4, 16, 4), torch.randint(0, 3, (4,))) for _ in range(3)]
tgt = [torch.randn(4, 16, 4) + 0.5 for _ in range(3)]
tgt_test = (torch.randn(6, 16, 4) + 0.5, torch.randint(0, 3, (6,)))


def target_accuracy():
    extractor.eval()
    label_clf.eval()
    with torch.no_grad():
        return (label_clf(extractor(tgt_test[0])).argmax(1) == tgt_test[1]).float().mean().item()


n_epochs = 2
for epoch in range(n_epochs):
    label_clf.train()
    domain_clf.train()
    for i, ((xs, ys), xt) in enumerate(zip(src, tgt)):
        p = (epoch * len(src) + i) / (n_epochs * len(src))
        alpha = 2.0 / (1.0 + torch.exp(torch.tensor(-10.0 * p)).item()) - 1
        feats = extractor(torch.cat([xs, xt]))
        cls_loss = F.cross_entropy(label_clf(feats[: len(xs)]), ys)
        dom_labels = torch.cat([torch.zeros(len(xs)), torch.ones(len(xt))]).long()
        dom_loss = F.cross_entropy(domain_clf(GradReverse.apply(feats, alpha)), dom_labels)
        optimizer.zero_grad()
        (cls_loss + dom_loss).backward()  # TM001-here
        optimizer.step()
    print(f"epoch {epoch}: target acc {target_accuracy():.2f}")
