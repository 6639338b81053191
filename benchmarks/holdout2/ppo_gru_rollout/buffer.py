import torch


class RolloutBuffer:
    def __init__(self):
        self.obs, self.actions, self.logp, self.values, self.rewards = [], [], [], [], []

    def add(self, obs, action, logp, value, reward):
        self.obs.append(obs)
        self.actions.append(action)
        self.logp.append(logp)
        self.values.append(value)
        self.rewards.append(reward)

    def advantages(self, gamma=0.95, lam=0.9):
        adv, last = [], 0.0
        values = self.values + [0.0]
        for t in reversed(range(len(self.rewards))):
            delta = self.rewards[t] + gamma * values[t + 1] - values[t]
            last = delta + gamma * lam * last
            adv.insert(0, last)
        adv = torch.tensor(adv)
        returns = adv + torch.tensor(self.values)
        return adv, returns

    def tensors(self):
        return (torch.stack(self.obs).unsqueeze(0), torch.tensor(self.actions), torch.tensor(self.logp))
