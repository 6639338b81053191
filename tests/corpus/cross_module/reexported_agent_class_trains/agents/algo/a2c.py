import torch


class A2C:
    """Advantage actor-critic updates for a recurrent policy."""

    def __init__(self, policy, lr=1e-3):
        self.policy = policy
        self.optimizer = torch.optim.RMSprop(policy.parameters(), lr=lr)

    def update(self, observations, returns):
        values = self.policy(observations)
        loss = (returns - values).pow(2).mean()
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()
