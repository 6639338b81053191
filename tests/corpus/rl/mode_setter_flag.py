# expect: crash
"""An on-policy agent whose recurrent policy has a set_training_mode(mode) helper that calls train(mode).
Rollouts switch it off with set_training_mode(False); the update that follows forgets to switch it back
on, so its backward runs through the policy's GRU in eval mode."""
import torch
import torch.nn as nn


class RecurrentPolicy(nn.Module):
    def __init__(self, obs=4, actions=2, hidden=16):
        super().__init__()
        self.gru = nn.GRU(obs, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, actions)

    def set_training_mode(self, mode):
        self.train(mode)

    def forward(self, history):
        return self.logits(self.gru(history)[0][:, -1])


class Agent:
    def __init__(self, device):
        self.device = device
        self.policy = RecurrentPolicy().to(device)
        self.opt = torch.optim.Adam(self.policy.parameters(), lr=1e-3)

    def rollout(self, steps=4):
        self.policy.set_training_mode(False)
        with torch.no_grad():
            histories = [torch.randn(1, 6, 4, device=self.device) for _ in range(steps)]
            actions = [torch.distributions.Categorical(logits=self.policy(h)).sample() for h in histories]
        return torch.cat(histories), torch.cat(actions), torch.randn(steps, device=self.device)

    def update(self, histories, actions, returns):
        log_probs = torch.distributions.Categorical(logits=self.policy(histories)).log_prob(actions)
        loss = -(log_probs * returns).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def learn(self, iterations=2):
        for _ in range(iterations):
            batch = self.rollout()
            self.update(*batch)


Agent("cuda" if torch.cuda.is_available() else "cpu").learn()
