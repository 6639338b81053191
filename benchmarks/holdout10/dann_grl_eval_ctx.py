# expect: clean
"""DANN (Ganin & Lempitsky) with a gradient-reversal layer on a GRU feature extractor.
Target-domain accuracy is measured every epoch inside evaluating(*modules), a context
manager (contextlib.ExitStack of per-module mode guards) that puts the modules in eval
and restores their previous modes on exit, so the next epoch trains in train mode.
"""
import contextlib

import torch
from torch import nn
from torch.autograd import Function


class GradReverse(Function):
    @staticmethod
    def forward(ctx, x, lambd):
        ctx.lambd = lambd
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.neg() * ctx.lambd, None


@contextlib.contextmanager
def _mode_guard(module, training):
    prev = module.training
    module.train(training)
    try:
        yield
    finally:
        module.train(prev)


@contextlib.contextmanager
def evaluating(*modules):
    with contextlib.ExitStack() as stack:
        for m in modules:
            stack.enter_context(_mode_guard(m, False))
        yield


class DANN(nn.Module):
    def __init__(self):
        super().__init__()
        self.feature = nn.GRU(4, 12, batch_first=True)
        self.label_clf = nn.Linear(12, 3)
        self.domain_clf = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 2))

    def features(self, x):
        return self.feature(x)[0][:, -1]

    def forward(self, x, lambd=1.0):
        f = self.features(x)
        return self.label_clf(f), self.domain_clf(GradReverse.apply(f, lambd))


if __name__ == "__main__":
    torch.manual_seed(51)
    model = DANN()
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    src_x, src_y = torch.randn(8, 6, 4), torch.randint(0, 3, (8,))
    tgt_x, tgt_y = torch.randn(8, 6, 4) + 0.5, torch.randint(0, 3, (8,))
    model.train()
    for epoch in range(3):
        lambd = 2.0 / (1.0 + torch.exp(torch.tensor(-10.0 * epoch / 3)).item()) - 1
        cls_out, dom_src = model(src_x, lambd)
        _, dom_tgt = model(tgt_x, lambd)
        loss = (nn.functional.cross_entropy(cls_out, src_y)
                + nn.functional.cross_entropy(dom_src, torch.zeros(8, dtype=torch.long))
                + nn.functional.cross_entropy(dom_tgt, torch.ones(8, dtype=torch.long)))
        opt.zero_grad()
        loss.backward()
        opt.step()
        with evaluating(model), torch.no_grad():
            acc = (model(tgt_x)[0].argmax(1) == tgt_y).float().mean().item()
        print(epoch, round(loss.item(), 3), "target acc", acc)
