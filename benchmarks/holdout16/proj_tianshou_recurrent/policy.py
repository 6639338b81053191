import torch
import torch.nn as nn


class RecurrentActor(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden, stack):
        super().__init__()
        self.fc = nn.Linear(obs_dim, hidden)
        self.nn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_actions)

    def forward(self, obs, state=None):
        out, (h, c) = self.nn(torch.relu(self.fc(obs)), state)
        return self.head(out[:, -1]), (h, c)


class PGPolicy(nn.Module):
    def __init__(self, actor, optim, gamma=0.99):
        super().__init__()
        self.actor = actor
        self.optim = optim
        self.gamma = gamma
        self.updating = False

    def forward(self, obs, state=None):
        logits, state = self.actor(obs, state)
        return torch.distributions.Categorical(logits=logits), state

    def process_fn(self, batch):
        ret, running = torch.zeros_like(batch["rew"]), 0.0
        for i in reversed(range(len(ret))):
            running = batch["rew"][i] + self.gamma * running * (1 - batch["done"][i])
            ret[i] = running
        batch["returns"] = (ret - ret.mean()) / (ret.std() + 1e-8)
        return batch

    def learn(self, batch, repeat):
        for _ in range(repeat):
            dist, _ = self(batch["obs"])
            loss = -(dist.log_prob(batch["act"]) * batch["returns"]).mean()
            self.optim.zero_grad()
            loss.backward()  # TM001-here
            self.optim.step()
        return {"loss": loss.item()}

    def update(self, batch, repeat=1):
        self.updating = True
        batch = self.process_fn(batch)
        result = self.learn(batch, repeat)
        self.updating = False
        return result
