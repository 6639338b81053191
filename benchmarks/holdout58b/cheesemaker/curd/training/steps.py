import torch

from .penalty import gradient_penalty


class CriticStep:
    """One critic update; called like a function."""

    def __init__(self, critic, generator, opt, lam=10.0, z_dim=4):
        self.critic, self.generator, self.opt = critic, generator, opt
        self.lam, self.z_dim = lam, z_dim

    def __call__(self, real):
        z = torch.randn(real.shape[0], self.z_dim)
        with torch.no_grad():
            fake = self.generator(z)
        self.opt.zero_grad()
        wdist = self.critic(real).mean() - self.critic(fake).mean()
        gp = gradient_penalty(self.critic, real, fake)
        loss = -wdist + self.lam * gp
        loss.backward()  # TM003-here
        self.opt.step()
        return {"wdist": wdist.item(), "gp": gp.item()}


class GeneratorStep:
    def __init__(self, critic, generator, opt, z_dim=4):
        self.critic, self.generator, self.opt, self.z_dim = critic, generator, opt, z_dim

    def __call__(self, batch_size):
        self.opt.zero_grad()
        fake = self.generator(torch.randn(batch_size, self.z_dim))
        loss = -self.critic(fake).mean()
        loss.backward()
        self.opt.step()
        return {"g_loss": loss.item()}
