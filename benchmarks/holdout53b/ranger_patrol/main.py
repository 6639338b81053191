# expect: clean
"""Ranger patrol-route policy: REINFORCE with a learned baseline over a toy trail graph.

Episodes come from a generator (ranger.rollout.collector.episodes) that switches the policy to eval
and samples without gradients between yields; the update recomputes log-probabilities itself.
"""
import torch

from ranger import GRUPolicy, GRUBaseline, episodes, reinforce_update


def main():
    torch.manual_seed(13)
    policy, baseline = GRUPolicy(n_obs=4, n_act=3, hidden=8), GRUBaseline(n_obs=4, hidden=8)
    p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    gen = episodes(policy, batch=4, horizon=6)
    for it in range(3):
        ep = next(gen)
        stats = reinforce_update(policy, baseline, p_opt, b_opt, ep)
        print(it, {k: round(v, 3) for k, v in stats.items()})
    gen.close()


if __name__ == "__main__":
    main()
