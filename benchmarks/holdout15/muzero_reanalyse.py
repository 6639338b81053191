# expect: crash
"""MuZero-like model with representation / recurrent dynamics (GRU over action
embeddings) / prediction heads. The "reanalyse" worker refreshes value targets
with `network.initial_inference` after `network.eval()`; it shares the network
object with the learner, whose unroll via `recurrent_inference` is then run in
eval mode.
"""
import torch
import torch.nn as nn


class MuZeroNet(nn.Module):
    def __init__(self, obs=6, actions=4, hidden=10):
        super().__init__()
        self.representation = nn.Sequential(nn.Linear(obs, hidden), nn.Tanh())
        self.action_emb = nn.Embedding(actions, hidden)
        self.dynamics = nn.GRU(hidden, hidden)
        self.reward = nn.Linear(hidden, 1)
        self.policy = nn.Linear(hidden, actions)
        self.value = nn.Linear(hidden, 1)

    def initial_inference(self, obs):
        s = self.representation(obs)
        return s, self.value(s), self.policy(s)

    def recurrent_inference(self, state, actions):
        out, _ = self.dynamics(self.action_emb(actions).unsqueeze(0), state.unsqueeze(0))
        nxt = out[0]
        return nxt, self.reward(nxt), self.value(nxt), self.policy(nxt)


class Reanalyser:
    def __init__(self, network):
        self.network = network

    def refresh(self, obs):
        self.network.eval()
        with torch.no_grad():
            return self.network.initial_inference(obs)[1]


class Learner:
    def __init__(self, network, unroll=3):
        self.network = network
        self.unroll = unroll
        self.opt = torch.optim.SGD(network.parameters(), lr=0.05, momentum=0.9)

    def update(self, obs, actions, target_values, target_rewards):
        state, value, _ = self.network.initial_inference(obs)
        loss = (value.squeeze(-1) - target_values[0]).pow(2).mean()
        for k in range(self.unroll):
            state, reward, value, _ = self.network.recurrent_inference(state, actions[k])
            loss = loss + (reward.squeeze(-1) - target_rewards[k]).pow(2).mean()
            loss = loss + (value.squeeze(-1) - target_values[k + 1]).pow(2).mean()
            state.register_hook(lambda g: g * 0.5)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


torch.manual_seed(0)
network = MuZeroNet()
network.train()
learner, reanalyser = Learner(network), Reanalyser(network)
for it in range(3):
    obs = torch.randn(5, 6)
    values = torch.randn(4, 5)
    if it >= 1:
        values[0] = reanalyser.refresh(obs).squeeze(-1)
    print(it, learner.update(obs, torch.randint(0, 4, (3, 5)), values, torch.randn(3, 5)))
