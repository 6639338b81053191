import torch
import torch.nn as nn


class A2CLoss(nn.Module):
    """Holds the actor (the very policy the collector runs) and the critic."""

    def __init__(self, actor_network, critic_network, entropy_coef=0.01, gamma=0.9):
        super().__init__()
        self.actor_network = actor_network
        self.critic_network = critic_network
        self.entropy_coef, self.gamma = entropy_coef, gamma

    def returns(self, reward):
        out, running = torch.zeros_like(reward), torch.zeros(reward.size(0))
        for t in reversed(range(reward.size(1))):
            running = reward[:, t] + self.gamma * running
            out[:, t] = running
        return out

    def forward(self, batch):
        self.actor_network.module[0].set_recurrent_mode(True)
        td = self.actor_network({"obs": batch["obs"], "hidden": None})
        self.actor_network.module[0].set_recurrent_mode(False)
        dist = torch.distributions.Categorical(logits=td["logits"])
        value = self.critic_network({"obs": batch["obs"]})["state_value"]
        adv = self.returns(batch["reward"]) - value
        return {
            "loss_objective": -(dist.log_prob(batch["action"]) * adv.detach()).mean(),
            "loss_critic": adv.pow(2).mean(),
            "loss_entropy": -self.entropy_coef * dist.entropy().mean(),
        }
