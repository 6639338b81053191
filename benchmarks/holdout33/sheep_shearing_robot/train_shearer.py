# expect: clean
"""Sheep-shearing robot: learn the blade-pressure policy along a fleece pass.

REINFORCE with a learned baseline. Both the policy and the baseline read the
sensor history with a recurrent net. Advantages are computed with the baseline
in eval mode; the baseline is then fitted to the returns.
"""
import torch

from agent import PressurePolicy, ValueBaseline
from fleece_env import FleeceEnv
from rollout import collect, discounted_returns


def main():
    torch.manual_seed(12)
    env = FleeceEnv(length=6)
    policy, baseline = PressurePolicy(hidden=8), ValueBaseline(hidden=8)
    p_opt = torch.optim.Adam(policy.parameters(), lr=5e-3)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)

    for it in range(4):
        policy.train()
        traj = collect(env, policy, n_episodes=3)
        returns = discounted_returns(traj["rewards"], gamma=0.95)

        baseline.eval()
        with torch.no_grad():
            values = baseline(traj["obs"])
        adv = returns - values
        p_loss = -(traj["logp"] * adv).sum(1).mean()
        p_opt.zero_grad()
        p_loss.backward()
        p_opt.step()

        baseline.train()
        v_loss = (baseline(traj["obs"]) - returns).pow(2).mean()
        b_opt.zero_grad()
        v_loss.backward()
        b_opt.step()
        print(f"iter {it} mean return {returns[:, 0].mean():.3f} value loss {v_loss.item():.3f}")


if __name__ == "__main__":
    main()
