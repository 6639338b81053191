import torch
import torch.nn as nn


class RecurrentActor(nn.Module):
    def __init__(self, obs_dim=4, hidden=8, n_act=2):
        super().__init__()
        self.rnn = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_act)

    def forward(self, obs_seq):
        return self.logits(self.rnn(obs_seq)[0])


class RecurrentPGPolicy(nn.Module):
    def __init__(self, actor, optim, gamma=0.9):
        super().__init__()
        self.actor, self.optim, self.gamma = actor, optim, gamma

    def act(self, obs):
        logits = self.actor(obs.view(1, 1, -1))[0, -1]
        return int(torch.distributions.Categorical(logits=logits).sample())

    def learn(self, buffer):
        losses = []
        for traj in buffer:
            obs = torch.stack([o for o, _, _ in traj]).unsqueeze(0)
            acts = torch.tensor([a for _, a, _ in traj])
            ret, rets = 0.0, []
            for _, _, r in reversed(traj):
                ret = r + self.gamma * ret
                rets.insert(0, ret)
            logp = torch.log_softmax(self.actor(obs)[0], -1).gather(1, acts[:, None]).squeeze(1)
            loss = -(logp * torch.tensor(rets)).mean()
            self.optim.zero_grad()
            loss.backward()
            self.optim.step()
            losses.append(loss.item())
        return {"loss": sum(losses) / len(losses)}

    def update(self, buffer):
        self.updating = True
        try:
            return self.learn(buffer)
        finally:
            self.updating = False
