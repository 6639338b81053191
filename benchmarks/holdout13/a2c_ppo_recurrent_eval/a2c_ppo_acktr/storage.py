import torch


class RolloutStorage:
    def __init__(self, num_steps, num_processes, obs_dim, hidden_size):
        self.obs = torch.zeros(num_steps + 1, num_processes, obs_dim)
        self.recurrent_hidden_states = torch.zeros(num_steps + 1, num_processes, hidden_size)
        self.rewards = torch.zeros(num_steps, num_processes, 1)
        self.value_preds = torch.zeros(num_steps + 1, num_processes, 1)
        self.returns = torch.zeros(num_steps + 1, num_processes, 1)
        self.action_log_probs = torch.zeros(num_steps, num_processes, 1)
        self.actions = torch.zeros(num_steps, num_processes, 1, dtype=torch.long)
        self.masks = torch.ones(num_steps + 1, num_processes, 1)
        self.num_steps, self.step = num_steps, 0

    def insert(self, obs, rhs, actions, logp, value, rewards, masks):
        self.obs[self.step + 1].copy_(obs)
        self.recurrent_hidden_states[self.step + 1].copy_(rhs)
        self.actions[self.step].copy_(actions)
        self.action_log_probs[self.step].copy_(logp)
        self.value_preds[self.step].copy_(value)
        self.rewards[self.step].copy_(rewards)
        self.masks[self.step + 1].copy_(masks)
        self.step = (self.step + 1) % self.num_steps

    def after_update(self):
        self.obs[0].copy_(self.obs[-1])
        self.recurrent_hidden_states[0].copy_(self.recurrent_hidden_states[-1])
        self.masks[0].copy_(self.masks[-1])

    def compute_returns(self, next_value, gamma):
        self.returns[-1] = next_value
        for step in reversed(range(self.rewards.size(0))):
            self.returns[step] = self.returns[step + 1] * gamma * self.masks[step + 1] + self.rewards[step]

    def recurrent_generator(self, advantages, num_mini_batch):
        T, N = self.num_steps, self.rewards.size(1)
        flat = lambda t: t.reshape(T * N, *t.shape[2:])
        yield (flat(self.obs[:-1]), self.recurrent_hidden_states[0], flat(self.actions),
               flat(self.value_preds[:-1]), flat(self.returns[:-1]), flat(self.masks[:-1]),
               flat(self.action_log_probs), flat(advantages))
