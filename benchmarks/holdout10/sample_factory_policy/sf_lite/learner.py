import torch

from .utils import in_train_mode


class Learner:
    def __init__(self, actor_critic, cfg):
        self.actor_critic, self.cfg = actor_critic, cfg
        self.optimizer = torch.optim.Adam(actor_critic.parameters(), lr=cfg["lr"])

    @in_train_mode
    def train_step(self, batch):
        logits, values, _ = self.actor_critic(batch["obs"], None)
        dist = torch.distributions.Categorical(logits=logits)
        ratio = (dist.log_prob(batch["actions"]) - batch["logp"]).exp()
        adv = batch["rewards"] - batch["values"]
        clip = self.cfg["ppo_clip_ratio"]
        policy_loss = -torch.min(ratio * adv, ratio.clamp(1 - clip, 1 + clip) * adv).mean()
        value_loss = (values - batch["rewards"]).pow(2).mean()
        loss = policy_loss + 0.5 * value_loss
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return {"loss": round(loss.item(), 4)}
