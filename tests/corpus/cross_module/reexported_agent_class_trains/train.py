# expect: clean
"""The same re-exported update class and evaluation helper; the loop puts the policy back in train mode after
each evaluation."""
import torch

from agents import algo
from agents.evaluation import evaluate
from agents.policy import RecurrentCritic


def main(updates=3):
    policy = RecurrentCritic()
    agent = algo.A2C(policy)
    for step in range(updates):
        print(step, agent.update(torch.randn(5, 4, 3), torch.randn(5)))
        print(evaluate(policy))
        policy.train()


if __name__ == "__main__":
    main()
