import torch


def evaluate(policy, episodes=2):
    policy.eval()  # deterministic values for the report
    with torch.no_grad():
        return [float(policy(torch.randn(1, 4, 3)).mean()) for _ in range(episodes)]
