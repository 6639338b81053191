import torch
import torch.nn as nn
import torch.nn.functional as F


class ICM(nn.Module):
    def __init__(self, obs_dim, n_act, feat):
        super().__init__()
        self.n_act = n_act
        self.phi = nn.Sequential(nn.Linear(obs_dim, feat), nn.ELU())
        self.forward_rnn = nn.GRU(feat + n_act, feat, batch_first=True)
        self.inverse = nn.Linear(2 * feat, n_act)

    def predict(self, obs, acts):
        f = self.phi(obs)
        a = F.one_hot(acts, self.n_act).float()
        pred = self.forward_rnn(torch.cat([f[:, :-1], a], -1))[0]
        return f, pred

    def losses(self, obs, acts):
        f, pred = self.predict(obs, acts)
        fwd = F.mse_loss(pred, f[:, 1:].detach())
        inv = F.cross_entropy(self.inverse(torch.cat([f[:, :-1], f[:, 1:]], -1)).reshape(-1, self.n_act),
                              acts.reshape(-1))
        return fwd, inv


@torch.no_grad()
def intrinsic_reward(icm, obs, acts, eta=0.5):
    icm.eval()
    f, pred = icm.predict(obs, acts)
    return eta * (pred - f[:, 1:]).pow(2).sum(-1)
