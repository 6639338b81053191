import torch

from .networks import RecurrentPolicy


class A2CAgent:
    def __init__(self, gamma=0.99, lr=7e-4):
        self.net = RecurrentPolicy()
        self.optimizer = torch.optim.RMSprop(self.net.parameters(), lr=lr, alpha=0.99, eps=1e-5)
        self.gamma = gamma
        self.state = None

    @torch.inference_mode()
    def act(self, obs):
        self.net.eval()
        logits, _, self.state = self.net(obs.unsqueeze(0), self.state)
        return torch.distributions.Categorical(logits=logits[0]).sample()

    def learn(self, obs_seq, actions, rewards):
        self.net.train()
        logits, values, _ = self.net(obs_seq)
        returns, running = torch.zeros_like(rewards), torch.zeros(rewards.size(1))
        for t in reversed(range(rewards.size(0))):
            running = rewards[t] + self.gamma * running
            returns[t] = running
        dist = torch.distributions.Categorical(logits=logits)
        advantage = returns - values
        loss = -(dist.log_prob(actions) * advantage.detach()).mean() + 0.5 * advantage.pow(2).mean()
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        self.state = None
        return loss.item()
