# expect: clean
"""Curiosity-driven exploration (ICM): a GRU forward model predicts the next
feature; its error is the intrinsic reward. Rewards are computed by a
@torch.no_grad() helper that puts the ICM in eval mode."""
import torch

from icm import ICM, intrinsic_reward
from policy import GRUPolicy

if __name__ == "__main__":
    torch.manual_seed(0)
    icm, pol = ICM(obs_dim=4, n_act=3, feat=6), GRUPolicy(4, 3, 8)
    opt = torch.optim.Adam(list(icm.parameters()) + list(pol.parameters()), lr=1e-3)
    for it in range(3):
        obs = torch.randn(2, 7, 4)
        dist = pol(obs[:, :-1])
        acts = dist.sample()
        r_int = intrinsic_reward(icm, obs, acts)
        icm.train()
        fwd_loss, inv_loss = icm.losses(obs, acts)
        pg = -(dist.log_prob(acts) * (r_int - r_int.mean())).mean()
        loss = pg + 0.2 * fwd_loss + 0.8 * inv_loss
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, round(loss.item(), 4), round(r_int.mean().item(), 4))
