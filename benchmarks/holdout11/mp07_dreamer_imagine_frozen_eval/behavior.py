import torch
import torch.nn as nn

from utils import FreezeParameters, lambda_return


class ActorCritic:
    def __init__(self, feat_dim=24, action_dim=2, horizon=5):
        self.actor = nn.Sequential(nn.Linear(feat_dim, 32), nn.ELU(), nn.Linear(32, action_dim), nn.Tanh())
        self.critic = nn.Sequential(nn.Linear(feat_dim, 32), nn.ELU(), nn.Linear(32, 1))
        self.actor_opt = torch.optim.Adam(self.actor.parameters(), lr=8e-5)
        self.critic_opt = torch.optim.Adam(self.critic.parameters(), lr=8e-5)
        self.horizon = horizon

    def train_step(self, world_model, start):
        start = {k: v.detach() for k, v in start.items()}
        with FreezeParameters([world_model, self.critic]):
            feats = world_model.imagine(self.actor, start, self.horizon)
            reward = world_model.reward(feats).squeeze(-1)
            value = self.critic(feats).squeeze(-1)
            returns = lambda_return(reward[:-1], value[1:])
            actor_loss = -returns.mean()
            self.actor_opt.zero_grad()
            actor_loss.backward()  # TM001-here
            self.actor_opt.step()
        value = self.critic(feats.detach()[:-1]).squeeze(-1)
        critic_loss = nn.functional.mse_loss(value, returns.detach())
        self.critic_opt.zero_grad()
        critic_loss.backward()
        self.critic_opt.step()
        return actor_loss.item(), critic_loss.item()
