import torch


class R_MAPPO:
    def __init__(self, args, policy):
        self.policy = policy
        self.clip_param = args.clip_param
        self.ppo_epoch = args.ppo_epoch

    def ppo_update(self, sample):
        obs, h0, actions, old_logp, returns, values = sample
        logp, ent, v = self.policy.evaluate_actions(obs, h0, actions)
        ratio = (logp - old_logp).exp()
        adv = returns - values
        surr = torch.min(ratio * adv, ratio.clamp(1 - self.clip_param, 1 + self.clip_param) * adv)
        policy_loss = -surr.mean() - 0.01 * ent
        value_loss = (returns - v).pow(2).mean()
        self.policy.actor_optimizer.zero_grad()
        self.policy.critic_optimizer.zero_grad()
        (policy_loss + 0.5 * value_loss).backward()
        self.policy.actor_optimizer.step()
        self.policy.critic_optimizer.step()
        return value_loss.item()

    def train(self, buffer):
        info = []
        for _ in range(self.ppo_epoch):
            for sample in buffer:
                info.append(self.ppo_update(sample))
        return info

    def prep_training(self):
        self.policy.actor.train()
        self.policy.critic.train()

    def prep_rollout(self):
        self.policy.actor.eval()
        self.policy.critic.eval()
