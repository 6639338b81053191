# expect: crash
"""RL^2 on two-armed bandits: a GRU agent whose hidden state carries the task across trials."""
import torch

from agent import RL2Agent
from bandit import BanditTask
from learner import A2CLearner

torch.manual_seed(43)


def main(meta_iters=3, trials=6):
    agent = RL2Agent(n_arms=2, hidden=8)
    learner = A2CLearner(agent, lr=1e-3)
    for it in range(meta_iters):
        task = BanditTask.sample(2)
        rollout = agent.rollout(task, trials)
        stats = learner.update(rollout)
        print(it, stats)
    print("done")


if __name__ == "__main__":
    main()
