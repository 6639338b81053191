import torch

from .losses import gradient_penalty, wasserstein_critic_loss


class GanLoop:
    def __init__(self, gen, critic, settings):
        self.gen, self.critic, self.s = gen, critic, settings
        self.g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
        self.c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))

    def noise(self, n):
        return torch.randn(n, self.s["noise_dim"])

    def critic_step(self, real):
        with torch.no_grad():
            fake = self.gen(self.noise(real.size(0)))
        loss = wasserstein_critic_loss(self.critic(real), self.critic(fake))
        loss = loss + self.s["gp_weight"] * gradient_penalty(self.critic, real, fake)
        self.c_opt.zero_grad()
        loss.backward()  # TM003-here
        self.c_opt.step()
        return loss.item()

    def generator_step(self, n):
        loss = -self.critic(self.gen(self.noise(n))).mean()
        self.g_opt.zero_grad()
        loss.backward()
        self.g_opt.step()
        return loss.item()

    def iteration(self, real):
        self.gen.train()
        self.critic.train()
        c = [self.critic_step(real) for _ in range(self.s["n_critic"])]
        g = self.generator_step(real.size(0))
        return {"critic": sum(c) / len(c), "gen": g}
