# expect: crash
"""The update class is re-exported by a package (`from agents import algo`, `algo.A2C`) and the evaluation
helper lives in another module: evaluate() leaves the policy in eval mode and the next update backprops
through its GRU."""
import torch

from agents import algo
from agents.evaluation import evaluate
from agents.policy import RecurrentCritic


def main(updates=3):
    policy = RecurrentCritic()
    agent = algo.A2C(policy)
    for step in range(updates):
        print(step, agent.update(torch.randn(5, 4, 3), torch.randn(5)))  # TM001-here
        print(evaluate(policy))


if __name__ == "__main__":
    main()
