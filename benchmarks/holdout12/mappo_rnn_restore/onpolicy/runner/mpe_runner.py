import io

import torch

from .shared_buffer import SharedReplayBuffer


class MPERunner:
    def __init__(self, args, policy, trainer, obs_dim, actor_blob=None):
        self.all_args, self.policy, self.trainer = args, policy, trainer
        self.obs_dim = obs_dim
        self.buffer = SharedReplayBuffer()
        if actor_blob is not None:
            self.restore(actor_blob)

    def restore(self, actor_blob):
        policy_actor_state = torch.load(io.BytesIO(actor_blob), weights_only=False)
        self.policy.actor = policy_actor_state
        self.policy.actor_optimizer = torch.optim.Adam(self.policy.actor.parameters(), lr=self.all_args.lr)

    @torch.no_grad()
    def collect(self):
        a = self.all_args
        n = a.n_rollout_threads * a.num_agents
        obs = torch.randn(n, self.obs_dim)
        share_obs = torch.randn(n, self.obs_dim * a.num_agents)
        rnn = torch.zeros(n, a.recurrent_N, a.hidden_size)
        rnn_c = torch.zeros(n, a.recurrent_N, a.hidden_size)
        masks = torch.ones(n, 1)
        values, actions, logp, _, _ = self.policy.get_actions(share_obs, obs, rnn, rnn_c, masks)
        returns = values.squeeze(-1) + torch.randn(n)
        return (share_obs, obs, rnn, rnn_c, actions, returns, masks, logp, returns - values.squeeze(-1))

    def run(self):
        for episode in range(self.all_args.episodes):
            self.policy.prep_rollout()
            for step in range(self.all_args.episode_length):
                self.buffer.insert(self.collect())
            self.policy.prep_training()
            train_infos = self.trainer.train(self.buffer)
            self.buffer.after_update()
            print("episode", episode, train_infos)
