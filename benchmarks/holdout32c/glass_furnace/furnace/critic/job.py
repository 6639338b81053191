import torch

from ..utils import backend_guard


class CriticJob:
    critic = None
    opt = None
    gp_weight = 10.0
    steps = 1
    safe_backend = False

    def _curves(self, n=4, t=7):
        real = torch.randn(n, t, 2).cumsum(1) * 0.2
        fake = torch.randn(n, t, 2) * 0.5
        return real, fake

    def gradient_penalty(self, real, fake):
        eps = torch.rand(real.size(0), 1, 1)
        mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
        (g,) = torch.autograd.grad(self.critic(mix).sum(), mix, create_graph=True)
        return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()

    def run(self):
        self.critic.train()
        out = []
        for _ in range(self.steps):
            real, fake = self._curves()
            with backend_guard(self.safe_backend):
                w = self.critic(real).mean() - self.critic(fake).mean()
                loss = -w + self.gp_weight * self.gradient_penalty(real, fake)
                self.opt.zero_grad()
                loss.backward()
            self.opt.step()
            out.append(w.item())
        return out
