# expect: crash
"""advertorch-style LinfPGDAttack(predict, loss_fn, eps, nb_iter, eps_iter).perturb(x, y)
on a GRU speech-command classifier that was put in eval for the clean-accuracy pass.

perturb() takes torch.autograd.grad of the loss w.r.t. the input at each iteration,
through the eval-mode GRU.
"""
import torch
import torch.nn as nn


class Attack:
    def __init__(self, predict, loss_fn, clip_min, clip_max):
        self.predict, self.loss_fn = predict, loss_fn
        self.clip_min, self.clip_max = clip_min, clip_max


class LinfPGDAttack(Attack):
    def __init__(self, predict, loss_fn=None, eps=0.3, nb_iter=10, eps_iter=0.01,
                 rand_init=True, clip_min=-3.0, clip_max=3.0, targeted=False):
        super().__init__(predict, loss_fn or nn.CrossEntropyLoss(reduction="sum"), clip_min, clip_max)
        self.eps, self.nb_iter, self.eps_iter = eps, nb_iter, eps_iter
        self.rand_init, self.targeted = rand_init, targeted

    def perturb(self, x, y=None):
        if y is None:
            with torch.no_grad():
                y = self.predict(x).argmax(1)
        delta = torch.zeros_like(x)
        if self.rand_init:
            delta.uniform_(-self.eps, self.eps)
        return perturb_iterative(x, y, self.predict, self.nb_iter, self.eps, self.eps_iter,
                                 self.loss_fn, delta, self.clip_min, self.clip_max)


def perturb_iterative(xvar, yvar, predict, nb_iter, eps, eps_iter, loss_fn, delta, clip_min, clip_max):
    delta.requires_grad_()
    for _ in range(nb_iter):
        loss = loss_fn(predict(xvar + delta), yvar)
        grad, = torch.autograd.grad(loss, delta)  # TM001-here
        delta = (delta + eps_iter * grad.sign()).clamp(-eps, eps)
        delta = ((xvar + delta).clamp(clip_min, clip_max) - xvar).detach().requires_grad_()
    return (xvar + delta).detach()


class KWSNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.frontend = nn.Conv1d(8, 8, 3, padding=1)
        self.gru = nn.GRU(8, 16, batch_first=True, num_layers=2)
        self.classifier = nn.Linear(16, 5)

    def forward(self, mfcc):
        x = self.frontend(mfcc).transpose(1, 2)
        return self.classifier(self.gru(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(31)
    net = KWSNet()
    x, y = torch.randn(6, 8, 12), torch.randint(0, 5, (6,))
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    for _ in range(3):
        opt.zero_grad(); nn.functional.cross_entropy(net(x), y).backward(); opt.step()
    net.eval()
    with torch.no_grad():
        print("clean acc", (net(x).argmax(1) == y).float().mean().item())
    adversary = LinfPGDAttack(net, eps=0.1, nb_iter=3, eps_iter=0.03)
    x_adv = adversary.perturb(x, y)
    with torch.no_grad():
        print("adv acc", (net(x_adv).argmax(1) == y).float().mean().item())
