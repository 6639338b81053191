# expect: clean
"""AutoAttack / APGD-CE style attack (step-size halving, momentum) on an LSTM sequence classifier. The attack object
holds the model and puts it in eval mode in perturb(); the loss forward runs with cuDNN off, as its README advises for RNNs."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class SeqClassifier(nn.Module):
    def __init__(self, n_feat=6, hidden=16, n_classes=3):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


class APGDAttack:
    def __init__(self, predict, n_iter=6, norm="Linf", eps=0.3, loss="ce", rho=0.75, seed=0):
        self.model = predict
        self.n_iter, self.norm, self.eps, self.rho, self.seed = n_iter, norm, eps, rho, seed
        self.criterion_indiv = nn.CrossEntropyLoss(reduction="none")

    def _grad(self, x_adv, y):
        x_adv = x_adv.clone().requires_grad_()
        with torch.backends.cudnn.flags(enabled=False):
            logits = self.model(x_adv)
        loss_indiv = self.criterion_indiv(logits, y)
        grad = torch.autograd.grad(loss_indiv.sum(), [x_adv])[0]
        return loss_indiv.detach(), grad.detach(), logits.detach()

    def attack_single_run(self, x, y):
        t = 2 * torch.rand_like(x) - 1
        x_adv = (x + self.eps * t / t.abs().amax(dim=(1, 2), keepdim=True)).clamp(-3, 3)
        step_size = 2 * self.eps * torch.ones(x.size(0), 1, 1)
        loss_best, grad, _ = self._grad(x_adv, y)
        x_best = x_adv.clone()
        for i in range(self.n_iter):
            x_new = x_adv + step_size * torch.sign(grad)
            x_new = torch.min(torch.max(x_new, x - self.eps), x + self.eps)
            x_adv = 0.75 * x_new + 0.25 * x_adv
            loss, grad, _ = self._grad(x_adv, y)
            improved = loss > loss_best
            x_best[improved] = x_adv[improved]
            loss_best = torch.where(improved, loss, loss_best)
            if i % 2 == 1:
                step_size = step_size * torch.where(improved, 1.0, 0.5).view(-1, 1, 1)
        return x_best

    def perturb(self, x, y):
        self.model.eval()
        torch.random.manual_seed(self.seed)
        return self.attack_single_run(x, y)


if __name__ == "__main__":
    torch.manual_seed(0)
    clf = SeqClassifier()
    x, y = torch.randn(8, 7, 6), torch.randint(0, 3, (8,))
    opt = torch.optim.Adam(clf.parameters(), 1e-3)
    for _ in range(3):
        loss = F.cross_entropy(clf(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    adversary = APGDAttack(clf, eps=0.25)
    x_adv = adversary.perturb(x, y)
    with torch.no_grad():
        print("robust acc", (clf(x_adv).argmax(1) == y).float().mean().item())
