import torch


class R_MAPPO:
    def __init__(self, args, policy):
        self.policy = policy
        self.clip_param = args.clip_param
        self.ppo_epoch = args.ppo_epoch

    def ppo_update(self, sample):
        (share_obs, obs, rnn_states, rnn_states_critic, actions, returns, masks, old_log_probs, adv) = sample
        values, action_log_probs, dist_entropy = self.policy.evaluate_actions(
            share_obs, obs, rnn_states, rnn_states_critic, actions, masks)
        imp_weights = torch.exp(action_log_probs - old_log_probs)
        surr1 = imp_weights * adv
        surr2 = torch.clamp(imp_weights, 1.0 - self.clip_param, 1.0 + self.clip_param) * adv
        policy_loss = -torch.min(surr1, surr2).mean()
        value_loss = (returns - values.squeeze(-1)).pow(2).mean()
        self.policy.actor_optimizer.zero_grad()
        self.policy.critic_optimizer.zero_grad()
        (policy_loss - dist_entropy * 0.01 + value_loss).backward()  # TM001-here
        self.policy.actor_optimizer.step()
        self.policy.critic_optimizer.step()
        return value_loss.item(), policy_loss.item()

    def train(self, buffer):
        info = {}
        for _ in range(self.ppo_epoch):
            for sample in buffer.feed_forward_generator():
                info["value_loss"], info["policy_loss"] = self.ppo_update(sample)
        return info
