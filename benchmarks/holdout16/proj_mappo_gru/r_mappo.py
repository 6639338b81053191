import torch
import torch.nn as nn


class R_Actor(nn.Module):
    def __init__(self, obs_dim, act_dim, hidden):
        super().__init__()
        self.base = nn.Linear(obs_dim, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.act = nn.Linear(hidden, act_dim)

    def forward(self, obs):
        return torch.distributions.Categorical(logits=self.act(self.rnn(torch.tanh(self.base(obs)))[0]))


class R_Critic(nn.Module):
    def __init__(self, cent_dim, hidden):
        super().__init__()
        self.base = nn.Linear(cent_dim, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.v_out = nn.Linear(hidden, 1)

    def forward(self, cent_obs):
        return self.v_out(self.rnn(torch.tanh(self.base(cent_obs)))[0]).squeeze(-1)


class R_MAPPOPolicy:
    def __init__(self, args):
        self.actor = R_Actor(args["obs_dim"], args["act_dim"], args["hidden"])
        self.critic = R_Critic(args["obs_dim"] * args["n_agents"], args["hidden"])
        self.actor_optimizer = torch.optim.Adam(self.actor.parameters(), lr=args["lr"])
        self.critic_optimizer = torch.optim.Adam(self.critic.parameters(), lr=args["lr"])


class R_MAPPO:
    def __init__(self, args, policy):
        self.args, self.policy = args, policy

    def prep_rollout(self):
        self.policy.actor.eval()
        self.policy.critic.eval()

    def prep_training(self):
        self.policy.actor.train()
        self.policy.critic.train()

    def ppo_update(self, buf):
        dist = self.policy.actor(buf["obs"])
        logp = dist.log_prob(buf["actions"])
        ratio = torch.exp(logp - buf["old_logp"])
        adv = buf["returns"] - buf["values"]
        clip = self.args["clip_param"]
        policy_loss = -torch.min(ratio * adv, torch.clamp(ratio, 1 - clip, 1 + clip) * adv).mean()
        self.policy.actor_optimizer.zero_grad()
        policy_loss.backward()
        self.policy.actor_optimizer.step()
        value_loss = (self.policy.critic(buf["cent_obs"]) - buf["returns"]).pow(2).mean()
        self.policy.critic_optimizer.zero_grad()
        value_loss.backward()
        self.policy.critic_optimizer.step()
        return policy_loss.item(), value_loss.item()

    def train(self, buf):
        return [self.ppo_update(buf) for _ in range(self.args["ppo_epoch"])]
