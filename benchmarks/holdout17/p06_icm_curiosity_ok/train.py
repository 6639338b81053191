# expect: clean
"""Curiosity-driven exploration (ICM) with a recurrent forward model."""
import torch

from icm import ICM
from policy import Policy
from envs import ChainEnv

torch.manual_seed(44)


def main(updates=3, horizon=6):
    env, policy, icm = ChainEnv(), Policy(), ICM()
    p_opt = torch.optim.Adam(policy.parameters(), 1e-3)
    i_opt = torch.optim.Adam(icm.parameters(), 1e-3)
    for u in range(updates):
        obs_seq, act_seq = env.rollout(policy, horizon)
        intrinsic = icm.intrinsic_reward(obs_seq, act_seq)
        icm_loss = icm.update(obs_seq, act_seq, i_opt)
        logp = policy.log_prob(obs_seq[:-1], act_seq)
        pg_loss = -(logp * intrinsic).mean()
        p_opt.zero_grad(); pg_loss.backward(); p_opt.step()
        print(u, round(icm_loss, 4), round(intrinsic.mean().item(), 4))
    print("done")


if __name__ == "__main__":
    main()
