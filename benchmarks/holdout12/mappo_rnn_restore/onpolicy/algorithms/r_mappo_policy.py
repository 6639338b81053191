import torch

from .r_actor_critic import R_Actor, R_Critic


class R_MAPPOPolicy:
    def __init__(self, args, obs_dim, cent_obs_dim, act_dim):
        self.actor = R_Actor(args, obs_dim, act_dim)
        self.critic = R_Critic(args, cent_obs_dim)
        self._nets = [self.actor, self.critic]
        self.actor_optimizer = torch.optim.Adam(self.actor.parameters(), lr=args.lr)
        self.critic_optimizer = torch.optim.Adam(self.critic.parameters(), lr=args.critic_lr)

    def get_actions(self, cent_obs, obs, rnn_states_actor, rnn_states_critic, masks, deterministic=False):
        actions, action_log_probs, rnn_states_actor = self.actor(obs, rnn_states_actor, masks, deterministic)
        values, rnn_states_critic = self.critic(cent_obs, rnn_states_critic, masks)
        return values, actions, action_log_probs, rnn_states_actor, rnn_states_critic

    def evaluate_actions(self, cent_obs, obs, rnn_states_actor, rnn_states_critic, action, masks):
        action_log_probs, dist_entropy = self.actor.evaluate_actions(obs, rnn_states_actor, action, masks)
        values, _ = self.critic(cent_obs, rnn_states_critic, masks)
        return values, action_log_probs, dist_entropy

    def prep_training(self):
        for net in self._nets:
            net.train()

    def prep_rollout(self):
        for net in self._nets:
            net.eval()
