import torch
import torch.nn as nn


class PPO:
    def __init__(self, actor_critic, clip_param, ppo_epoch, num_mini_batch, value_loss_coef, entropy_coef, lr=None,
                 max_grad_norm=0.5):
        self.actor_critic = actor_critic
        self.clip_param, self.ppo_epoch, self.num_mini_batch = clip_param, ppo_epoch, num_mini_batch
        self.value_loss_coef, self.entropy_coef, self.max_grad_norm = value_loss_coef, entropy_coef, max_grad_norm
        self.optimizer = torch.optim.Adam(actor_critic.parameters(), lr=lr, eps=1e-5)

    def update(self, rollouts):
        advantages = rollouts.returns[:-1] - rollouts.value_preds[:-1]
        advantages = (advantages - advantages.mean()) / (advantages.std() + 1e-5)
        for _ in range(self.ppo_epoch):
            for sample in rollouts.recurrent_generator(advantages, self.num_mini_batch):
                obs, rhs, actions, _, returns, masks, old_logp, adv = sample
                values, logp, entropy, _ = self.actor_critic.evaluate_actions(obs, rhs, masks, actions)
                ratio = torch.exp(logp - old_logp)
                surr = torch.min(ratio * adv, torch.clamp(ratio, 1 - self.clip_param, 1 + self.clip_param) * adv)
                loss = (-surr.mean() + self.value_loss_coef * (returns - values).pow(2).mean()
                        - self.entropy_coef * entropy)
                self.optimizer.zero_grad()
                loss.backward()  # TM001-here
                nn.utils.clip_grad_norm_(self.actor_critic.parameters(), self.max_grad_norm)
                self.optimizer.step()
        return loss.item()
