# expect: crash
"""Recurrent REINFORCE where episodes come from a generator: `rollouts(agent)` puts agent.core in eval (it was
written for evaluation, greedy=False reused for training) and yields episodes whose log-probs keep the graph;
the trainer consumes the generator lazily and back-propagates each episode."""
import torch
import torch.nn as nn


class Agent(nn.Module):
    def __init__(self):
        super().__init__()
        self.core = nn.LSTM(4, 8)
        self.policy = nn.Linear(8, 2)


def rollouts(agent, n_episodes, T=5, greedy=False):
    agent.core.eval()
    for _ in range(n_episodes):
        obs, logps, rewards, h = torch.randn(T, 1, 4), [], [], None
        for t in range(T):
            out, h = agent.core(obs[t:t + 1], h)
            dist = torch.distributions.Categorical(logits=agent.policy(out[0]))
            a = dist.probs.argmax(-1) if greedy else dist.sample()
            logps.append(dist.log_prob(a)); rewards.append(float(a.item()))
        yield torch.cat(logps), torch.tensor(rewards)


def discount(r, gamma=0.99):
    out, run = torch.zeros_like(r), 0.0
    for t in reversed(range(len(r))):
        run = r[t] + gamma * run
        out[t] = run
    return out


agent = Agent()
opt = torch.optim.Adam(agent.parameters(), 1e-3)
agent.train()
for logps, rewards in rollouts(agent, n_episodes=3):
    G = discount(rewards)
    loss = -(logps * (G - G.mean())).sum()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("reinforce done")
