import itertools

import torch
import torch.nn.functional as F


class TimeGANTrainer:
    def __init__(self, nets, opt):
        self.nets, self.opt = nets, opt
        mk = lambda *names: torch.optim.Adam(itertools.chain(*(nets[n].parameters() for n in names)), 1e-3)
        self.optim = {"er": mk("embedder", "recovery"), "gs": mk("generator", "supervisor"), "d": mk("discriminator")}

    def __getattr__(self, name):
        if name in ("embedder", "recovery", "generator", "supervisor", "discriminator"):
            return self.__dict__["nets"][name]
        raise AttributeError(name)

    def _z(self, n):
        return torch.rand(n, self.opt["seq_len"], self.opt["z_dim"])

    def train_embedder(self, data):
        for name in self.nets:
            self.nets[name].train()
        for _ in range(self.opt["iterations"]):
            loss = F.mse_loss(self.recovery(self.embedder(data)), data)
            self.optim["er"].zero_grad(); loss.backward(); self.optim["er"].step()

    def train_supervisor(self, data):
        for _ in range(self.opt["iterations"]):
            with torch.no_grad():
                h = self.embedder(data)
            loss = F.mse_loss(self.supervisor(h)[:, :-1], h[:, 1:])
            self.optim["gs"].zero_grad(); loss.backward(); self.optim["gs"].step()

    def _embedder_step(self, data):
        h = self.embedder(data)
        loss = 10 * torch.sqrt(F.mse_loss(self.recovery(h), data)) + 0.1 * F.mse_loss(self.supervisor(h)[:, :-1], h[:, 1:])
        self.optim["er"].zero_grad()
        loss.backward()  # TM001-here
        self.optim["er"].step()

    def train_joint(self, data):
        for _ in range(self.opt["iterations"]):
            e_hat = self.generator(self._z(data.size(0)))
            h_hat = self.supervisor(e_hat)
            g_loss = F.binary_cross_entropy_with_logits(self.discriminator(h_hat), torch.ones(data.size(0), self.opt["seq_len"], 1))
            self.optim["gs"].zero_grad(); g_loss.backward(); self.optim["gs"].step()
            self._embedder_step(data)
