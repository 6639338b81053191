# expect: clean
"""Actor-critic: rollouts in eval mode under no_grad, then train() and a fresh forward for the update."""
import torch
import torch.nn as nn


class ActorCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 16, batch_first=True)
        self.pi = nn.Linear(16, 2)
        self.v = nn.Linear(16, 1)

    def forward(self, obs):
        h = self.lstm(obs)[0][:, -1]
        return self.pi(h), self.v(h).squeeze(-1)


torch.manual_seed(0)
agent = ActorCritic()
opt = torch.optim.Adam(agent.parameters(), lr=3e-4)
for update in range(2):
    agent.eval()
    with torch.no_grad():
        obs = torch.randn(8, 6, 4)
        logits, values = agent(obs)
        actions = torch.distributions.Categorical(logits=logits).sample()
        returns = values + torch.randn(8)
    agent.train()
    logits, values = agent(obs)
    log_probs = torch.distributions.Categorical(logits=logits).log_prob(actions)
    advantage = returns - values.detach()
    loss = -(log_probs * advantage).mean() + nn.functional.mse_loss(values, returns)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
