import torch
from torch.nn import functional as F

from ..objectives import alignment_penalty


class GlazeStep:
    def __init__(self, net, settings):
        self.net = net
        self.w = settings["align_weight"]
        self.opt = torch.optim.Adam(net.parameters(), lr=settings["lr"])
        self.shared = list(net.encoder.parameters())

    def __call__(self, atmos, colour, crackle):
        c_hat, k_hat = self.net(atmos)
        l_col = F.mse_loss(c_hat, colour)
        l_crk = F.binary_cross_entropy_with_logits(k_hat, crackle)
        pen = alignment_penalty([l_col, l_crk], self.shared)
        total = l_col + l_crk + self.w * pen
        self.opt.zero_grad()
        total.backward()  # TM003-here
        self.opt.step()
        return round(total.item(), 4)
