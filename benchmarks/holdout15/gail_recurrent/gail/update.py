import torch
import torch.nn.functional as F

from .penalty import r1_penalty


class DiscriminatorUpdater:
    def __init__(self, disc, gp_weight):
        self.disc = disc
        self.gp_weight = gp_weight
        self.opt = torch.optim.Adam(disc.parameters(), lr=3e-4)

    def update(self, expert, policy):
        self.disc.train()
        e_logits = self.disc(expert)
        p_logits = self.disc(policy)
        loss = F.binary_cross_entropy_with_logits(e_logits, torch.ones_like(e_logits)) + \
            F.binary_cross_entropy_with_logits(p_logits, torch.zeros_like(p_logits))
        loss = loss + self.gp_weight * r1_penalty(self.disc, expert)
        self.opt.zero_grad()
        loss.backward()  # TM003-here
        self.opt.step()
        return loss.item()
