import torch


class ToyEnv:
    def __init__(self, n_envs, obs_dim, seed=0):
        self.n_envs, self.obs_dim = n_envs, obs_dim
        self.g = torch.Generator().manual_seed(seed)

    def reset(self):
        return torch.randn(self.n_envs, self.obs_dim, generator=self.g)

    def step(self, actions):
        obs = torch.randn(self.n_envs, self.obs_dim, generator=self.g)
        reward = (actions == 0).float()
        return obs, reward


class RecurrentPPO:
    def __init__(self, policy, env, n_steps=6, n_epochs=2, clip_range=0.2, learning_rate=3e-4):
        self.policy = policy
        self.env = env
        self.n_steps = n_steps
        self.n_epochs = n_epochs
        self.clip_range = clip_range
        self.optimizer = torch.optim.Adam(policy.parameters(), lr=learning_rate)

    def collect_rollouts(self):
        # like sb3: switch to eval mode (this affects batch norm / dropout)
        self.policy.set_training_mode(False)
        obs = self.env.reset()
        states = self.policy.initial_state(self.env.n_envs)
        self._init_states = states
        buf = {"obs": [], "actions": [], "values": [], "log_probs": [], "rewards": []}
        with torch.no_grad():
            for _ in range(self.n_steps):
                actions, values, log_probs, states = self.policy(obs, states)
                new_obs, rewards = self.env.step(actions)
                for k, v in zip(buf, (obs, actions, values, log_probs, rewards)):
                    buf[k].append(v)
                obs = new_obs
        self.rollout = {k: torch.stack(v) for k, v in buf.items()}

    def train(self):
        # Switch to train mode
        self.policy.training = True
        ro = self.rollout
        returns = ro["rewards"].flip(0).cumsum(0).flip(0)
        advantages = returns - ro["values"]
        for epoch in range(self.n_epochs):
            values, log_prob, entropy = self.policy.evaluate_actions(ro["obs"], ro["actions"], self._init_states)
            ratio = torch.exp(log_prob - ro["log_probs"])
            policy_loss = -torch.min(advantages * ratio,
                                     advantages * torch.clamp(ratio, 1 - self.clip_range, 1 + self.clip_range)).mean()
            loss = policy_loss + 0.5 * (returns - values).pow(2).mean() - 0.01 * entropy.mean()
            self.optimizer.zero_grad()
            loss.backward()  # TM001-here
            torch.nn.utils.clip_grad_norm_(self.policy.parameters(), 0.5)
            self.optimizer.step()
        return loss.item()

    def learn(self, total_timesteps):
        steps = 0
        while steps < total_timesteps:
            self.collect_rollouts()
            loss = self.train()
            steps += self.n_steps * self.env.n_envs
            print(f"timesteps {steps} loss {loss:.4f}")
        return self
