"""Stable-Baselines3-flavoured on-policy base class with a recurrent policy and a rollout buffer."""
import torch
from torch import nn


class RecurrentActorCriticPolicy(nn.Module):
    def __init__(self, obs_dim, n_actions, lstm_hidden=12):
        super().__init__()
        self.lstm_actor = nn.LSTM(obs_dim, lstm_hidden, batch_first=True)
        self.action_net = nn.Linear(lstm_hidden, n_actions)
        self.value_net = nn.Linear(lstm_hidden, 1)

    def set_training_mode(self, mode):
        self.train(mode)

    def forward(self, obs_seq):
        feats, _ = self.lstm_actor(obs_seq)
        last = feats[:, -1]
        return torch.distributions.Categorical(logits=self.action_net(last)), self.value_net(last).squeeze(-1)

    def evaluate_actions(self, obs_seq, actions):
        dist, values = self(obs_seq)
        return values, dist.log_prob(actions), dist.entropy()


class ToyEnv:
    """Observation history of length 4; reward 1 when the action matches the sign of the last feature."""

    def __init__(self, obs_dim=3):
        self.obs_dim = obs_dim

    def reset(self):
        self.hist = torch.randn(1, 4, self.obs_dim)
        return self.hist

    def step(self, action):
        reward = float(action == int(self.hist[0, -1, 0] > 0))
        self.hist = torch.cat([self.hist[:, 1:], torch.randn(1, 1, self.obs_dim)], dim=1)
        return self.hist, reward


class OnPolicyAlgorithm:
    def __init__(self, policy, env, n_steps=8, gamma=0.95, learning_rate=3e-3):
        self.policy, self.env, self.n_steps, self.gamma = policy, env, n_steps, gamma
        self.optimizer = torch.optim.Adam(policy.parameters(), lr=learning_rate)
        self.num_timesteps = 0

    def collect_rollouts(self):
        self.policy.set_training_mode(False)
        obs, buffer = self.env.reset(), {"obs": [], "actions": [], "rewards": [], "values": []}
        with torch.no_grad():
            for _ in range(self.n_steps):
                dist, value = self.policy(obs)
                action = dist.sample()
                next_obs, reward = self.env.step(action.item())
                for key, item in zip(buffer, (obs, action, reward, value)):
                    buffer[key].append(item)
                obs = next_obs
                self.num_timesteps += 1
        returns, running = [], 0.0
        for r in reversed(buffer["rewards"]):
            running = r + self.gamma * running
            returns.insert(0, running)
        buffer["returns"] = torch.tensor(returns)
        return buffer

    def train(self, buffer):
        raise NotImplementedError

    def learn(self, total_timesteps):
        while self.num_timesteps < total_timesteps:
            buffer = self.collect_rollouts()
            self.train(buffer)
        return self
