import torch
from torch import nn


def mle_step(gen, opt, real):
    gen.train()
    opt.zero_grad()
    loss = -gen.batch_log_prob(real).mean()
    loss.backward()
    opt.step()


def pg_step(gen, opt, samples, rewards):
    opt.zero_grad()
    loss = -(gen.batch_log_prob(samples) * rewards).sum() / samples.size(0)
    loss.backward()  # TM001-here
    opt.step()


def train_discriminator(dis, opt, real, fake):
    dis.train()
    x = torch.cat([real, fake])
    y = torch.cat([torch.ones(len(real)), torch.zeros(len(fake))])
    opt.zero_grad()
    nn.functional.binary_cross_entropy_with_logits(dis(x), y).backward()
    opt.step()
