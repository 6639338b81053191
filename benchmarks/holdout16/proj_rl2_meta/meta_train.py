# expect: crash
"""RL^2 on two-armed bandits: a GRU policy sees (prev action, prev reward) and must
learn to explore within a trial. Meta-test rollouts use a shallow copy of the
policy switched to eval mode so the training copy 'stays untouched'."""
import torch

from bandits import sample_task
from rl2 import RL2Policy, meta_test, reinforce_update

if __name__ == "__main__":
    torch.manual_seed(0)
    policy = RL2Policy(n_arms=2, hidden=8)
    opt = torch.optim.Adam(policy.parameters(), lr=1e-3)
    for it in range(3):
        if it == 1:
            print("meta-test return", meta_test(policy, n_tasks=2))
        stats = reinforce_update(policy, opt, [sample_task() for _ in range(3)])
        print("iter", it, stats)
