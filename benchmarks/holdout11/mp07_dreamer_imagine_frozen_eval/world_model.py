import torch
import torch.nn as nn


class RSSM(nn.Module):
    """Recurrent state-space model whose deterministic path is an nn.GRU run one step at a time."""

    def __init__(self, stoch=8, deter=16, action_dim=2, embed=16):
        super().__init__()
        self.img_in = nn.Linear(stoch + action_dim, deter)
        self.gru = nn.GRU(deter, deter)
        self.prior = nn.Linear(deter, 2 * stoch)
        self.post = nn.Linear(deter + embed, 2 * stoch)
        self.stoch, self.deter = stoch, deter

    def initial(self, batch):
        return {"stoch": torch.zeros(batch, self.stoch), "deter": torch.zeros(batch, self.deter)}

    def img_step(self, state, action):
        x = torch.relu(self.img_in(torch.cat([state["stoch"], action], -1)))
        deter = self.gru(x[None], state["deter"][None])[1][0]
        mean, std = self.prior(deter).chunk(2, -1)
        stoch = mean + nn.functional.softplus(std) * torch.randn_like(mean)
        return {"stoch": stoch, "deter": deter}

    def obs_step(self, state, action, embed):
        prior = self.img_step(state, action)
        mean, std = self.post(torch.cat([prior["deter"], embed], -1)).chunk(2, -1)
        return {"stoch": mean + nn.functional.softplus(std) * torch.randn_like(mean), "deter": prior["deter"]}


class WorldModel(nn.Module):
    def __init__(self, obs_dim=6, action_dim=2):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(obs_dim, 16), nn.ELU())
        self.dynamics = RSSM(action_dim=action_dim)
        self.decoder = nn.Linear(24, obs_dim)
        self.reward = nn.Linear(24, 1)

    @staticmethod
    def feat(state):
        return torch.cat([state["stoch"], state["deter"]], -1)

    def observe(self, obs, actions):
        state, states = self.dynamics.initial(obs.size(1)), []
        for t in range(obs.size(0)):
            state = self.dynamics.obs_step(state, actions[t], self.encoder(obs[t]))
            states.append(state)
        return states

    def loss(self, obs, actions, rewards):
        states = self.observe(obs, actions)
        feats = torch.stack([self.feat(s) for s in states])
        return nn.functional.mse_loss(self.decoder(feats), obs) + nn.functional.mse_loss(self.reward(feats).squeeze(-1), rewards)

    def imagine(self, policy, start, horizon):
        state, feats = start, []
        for _ in range(horizon):
            action = policy(self.feat(state))
            state = self.dynamics.img_step(state, action)
            feats.append(self.feat(state))
        return torch.stack(feats)
