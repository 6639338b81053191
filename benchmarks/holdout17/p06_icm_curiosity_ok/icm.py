import torch
import torch.nn as nn
import torch.nn.functional as F


class ICM(nn.Module):
    def __init__(self, obs_dim=4, feat=8, n_act=2):
        super().__init__()
        self.n_act = n_act
        self.encoder = nn.Linear(obs_dim, feat)
        self.forward_model = nn.GRU(feat + n_act, feat, batch_first=True)
        self.inverse = nn.Linear(2 * feat, n_act)

    def _predict(self, obs_seq, act_seq):
        phi = self.encoder(obs_seq)
        a = F.one_hot(act_seq, self.n_act).float()
        pred, _ = self.forward_model(torch.cat([phi[:-1], a], -1).unsqueeze(0))
        return phi, pred[0]

    def intrinsic_reward(self, obs_seq, act_seq):
        self.eval()
        with torch.no_grad():
            phi, pred = self._predict(obs_seq, act_seq)
            return 0.5 * (pred - phi[1:]).pow(2).sum(-1)

    def update(self, obs_seq, act_seq, opt, beta=0.2):
        self.train()
        phi, pred = self._predict(obs_seq, act_seq)
        fwd = 0.5 * (pred - phi[1:].detach()).pow(2).sum(-1).mean()
        inv = F.cross_entropy(self.inverse(torch.cat([phi[:-1], phi[1:]], -1)), act_seq)
        loss = beta * fwd + (1 - beta) * inv
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()
