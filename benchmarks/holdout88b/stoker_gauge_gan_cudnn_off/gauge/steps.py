import torch

from .penalty import gradient_penalty


def critic_step(critic, opt, real, fake, gp_weight):
    opt.zero_grad()
    loss = critic(fake).mean() - critic(real).mean()
    loss = loss + gp_weight * gradient_penalty(critic, real, fake)
    loss.backward()
    opt.step()
    return loss.item()


def generator_step(gen, critic, opt, batch, noise):
    opt.zero_grad()
    loss = -critic(gen(torch.randn(batch, noise))).mean()
    loss.backward()
    opt.step()
    return loss.item()
